import { matchable } from './matchable.js';
import {
  PRIORITY_NOUNS,
  PRIORITY_WORDS,
  priorityColour,
  type PriorityReading,
} from './priority-vocabulary.js';

/** Whole words of a heading, hyphenated compounds kept whole (`LOW-LEVEL` is not `LOW`). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Words that name a priority when written in capitals alone. Others (`MAJOR`, `NORMAL`, `MOYEN`) head ordinary
 * sections too ("MAJOR CHANGES") and count only next to "priority" or a colour.
 */
const LADDER = new Set([
  'critical',
  'critique',
  'urgent',
  'blocker',
  'highest',
  'high',
  'haute',
  'medium',
  'moyenne',
  'low',
  'faible',
  'basse',
  'lowest',
]);

/**
 * The priority a heading gives the items under it (`## 🔴 PHASE 1 : CRITIQUE`, `## 🚨 CRITICAL (Bloqueurs)`,
 * `### Sécurité (🔴 Critique)`, `### Sprint 1: HIGH Priority`), or `null`. Headings are titles, not fields, so a
 * priority word counts only when it stands out: in capitals (the usual ladder only), next to "priority"/"priorité", right after a colour
 * emoji, or as `P0`–`P4`. "High availability" and "Low-level API" say nothing about priority. A colour emoji alone
 * counts too.
 */
export function priorityInHeading(text: string): PriorityReading | null {
  const plain = text.replace(/[\uFE0E\uFE0F]/g, '');
  const tokens = [...plain.matchAll(WORD)].map((match) => ({
    written: match[0],
    folded: matchable(match[0]),
    index: match.index,
  }));
  const found = tokens.find((token, i) => {
    if (!PRIORITY_WORDS.has(token.folded)) return false;
    if (/^p[0-4]$/.test(token.folded)) return true;
    if (LADDER.has(token.folded) && token.written === token.written.toUpperCase()) return true;
    const next = tokens[i + 1]?.folded ?? '';
    const previous = tokens[i - 1]?.folded ?? '';
    if (PRIORITY_NOUNS.has(next) || PRIORITY_NOUNS.has(previous)) return true;
    return priorityColour(plain.slice(Math.max(0, token.index - 4), token.index)) !== null;
  });
  const colour = priorityColour(plain);
  if (!found && !colour) return null;
  // The colour belongs in the raw words only when it marks the word (`🔴 Critique`), not a score elsewhere in the
  // heading (`MEDIUM - Score: 3/4 🟡 75%`).
  // A colour without a known word keeps the word it marks (`🟠 Important`), unknown to the ladder but the source's.
  const before = found ? priorityColour(plain.slice(Math.max(0, found.index - 4), found.index)) : colour;
  const at = colour ? plain.indexOf(colour.emoji) + colour.emoji.length : -1;
  const marked = found ?? tokens.find((token) => at >= 0 && token.index >= at && token.index <= at + 2);
  return {
    word: found ? (PRIORITY_WORDS.get(found.folded) ?? null) : null,
    colour: colour?.priority ?? null,
    raw: [before?.emoji, marked?.written].filter((part) => part !== undefined).join(' '),
  };
}
