import type { Priority } from '../../model/priority.js';
import { priorityOfWord } from './priority-of-word.js';

/** Priority vocabularies of trackers, most urgent first. A source's values are ranked within the one they fit. */
const SCALES: readonly (readonly string[])[] = [
  ['highest', 'high', 'medium', 'low', 'lowest'], // Jira (current)
  ['blocker', 'critical', 'major', 'minor', 'trivial'], // Jira (classic)
  ['urgent', 'high', 'medium', 'low'], // Linear, GitLab's priority words
  ['critical', 'high', 'medium', 'low'],
  ['critique', 'haute', 'moyenne', 'faible'],
  ['critique', 'haute', 'moyenne', 'basse'],
];

/** Values that mean "no priority was set". */
const NONE = new Set(['', 'none', 'no priority', 'not set', 'unset', 'undefined', 'n/a', '-', '—']);

/** How one source's priority words map to P0–P4, and which of its values are not understood. */
export interface PriorityScale {
  /** The normalized priority of a value; `null` when none was set or the value is unknown. */
  of(value: string | null | undefined): Priority;
  /** The vocabulary chosen, most urgent first; `null` when the values are numbers or P-labels. */
  vocabulary: readonly string[] | null;
  /** Values seen that fit no rank: they normalize to `null` and deserve a data-quality warning. */
  unknown: readonly string[];
}

/**
 * Picks the vocabulary that holds every priority value a source uses (the first such; else the one holding the
 * most) and ranks by position in it, so "Critical" is P0 in Critical/High/Medium/Low and P1 in
 * Blocker/Critical/Major/Minor/Trivial. Numbers and P-labels keep their number.
 */
export function priorityScale(values: readonly (string | null | undefined)[]): PriorityScale {
  const words = [
    ...new Set(
      values
        .map((value) => (value ?? '').trim().toLowerCase())
        .filter((value) => !NONE.has(value) && !/^p?[0-4]$/.test(value)),
    ),
  ];
  const fits = (scale: readonly string[]) => words.filter((word) => scale.includes(word)).length;
  const complete = SCALES.find((scale) => fits(scale) === words.length);
  const best = complete ?? [...SCALES].sort((a, b) => fits(b) - fits(a))[0] ?? null;
  const vocabulary = words.length === 0 || best === null || fits(best) === 0 ? null : best;
  // With a vocabulary chosen, a word outside it has no rank in this source, even one known elsewhere ("High" in a
  // Blocker…Trivial file): it is unknown, not guessed.
  const unknown = words.filter((word) =>
    vocabulary === null ? priorityOfWord(word) === null : !vocabulary.includes(word),
  );
  return {
    vocabulary,
    unknown,
    of(value) {
      const word = (value ?? '').trim().toLowerCase();
      if (NONE.has(word)) return null;
      const number = /^p?([0-4])$/.exec(word);
      if (number) return `P${number[1]}` as Priority;
      const rank = vocabulary?.indexOf(word) ?? -1;
      if (rank >= 0) return `P${Math.min(rank, 4)}` as Priority;
      return vocabulary === null ? priorityOfWord(word) : null;
    },
  };
}
