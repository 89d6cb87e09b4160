import type { Priority } from '../../../model/priority.js';

/**
 * Priority words as `matchable` text, each with the word the label module ranks (`priorityOfWord`,
 * `priorityScale`): French feminine and English variants fold into one.
 */
export const PRIORITY_WORDS: ReadonlyMap<string, string> = new Map([
  ...['critical', 'critique', 'urgent', 'blocker', 'highest', 'immediate'].map(
    (word) => [word, word] as const,
  ),
  ['urgente', 'urgent'],
  ['bloquant', 'blocker'],
  ['bloquante', 'blocker'],
  ...['high', 'haute', 'haut', 'major', 'medium', 'moyenne', 'moyen', 'normal', 'moderate'].map(
    (word) => [word, word] as const,
  ),
  ['elevee', 'élevée'],
  ['majeur', 'major'],
  ['majeure', 'major'],
  ['normale', 'normal'],
  ['moderee', 'moderate'],
  ...['low', 'faible', 'basse', 'bas', 'minor', 'lowest', 'trivial'].map((word) => [word, word] as const),
  ['mineur', 'minor'],
  ['mineure', 'minor'],
  ...['p0', 'p1', 'p2', 'p3', 'p4'].map((word) => [word, word] as const),
]);

/** Priority colours: 🔴 critical, 🟠 high, 🟡 medium, 🟢 low. */
export const PRIORITY_COLOURS: ReadonlyMap<string, Exclude<Priority, null>> = new Map([
  ['🔴', 'P0'],
  ['🟠', 'P1'],
  ['🟡', 'P2'],
  ['🟢', 'P3'],
] as const);

/** Words that, next to a priority word, say it is one (`HAUTE PRIORITÉ`, `High priority`). */
export const PRIORITY_NOUNS: ReadonlySet<string> = new Set([
  'priority',
  'priorities',
  'priorite',
  'priorites',
  'prio',
]);

/** What a text says about priority, before ranking within the document's vocabulary. */
export interface PriorityReading {
  /** The priority word as the label module ranks it (`critique`, `high`, `p1`), or `null`. */
  word: string | null;
  /** The priority its colour emoji gives, or `null`. */
  colour: Priority;
  /** The words as written (`🔴 CRITIQUE`, `HAUTE`), for `rawPriority`. */
  raw: string;
}

/** The first priority colour of a text, with the emoji. */
export function priorityColour(text: string): { emoji: string; priority: Priority } | null {
  for (const char of text) {
    const priority = PRIORITY_COLOURS.get(char);
    if (priority) return { emoji: char, priority };
  }
  return null;
}
