import type { ItemStatus } from '../../../model/tracked-item.js';
import { matchable } from './matchable.js';
import { STATUS_EMOJI, STATUS_WORDS } from './status-vocabulary.js';

/** What a status text (`✅ **COMPLÉTÉ**`, `🔄 EN COURS (3/180)`, `done`) says. */
export interface StatusReading {
  /** The status, or `null` when neither a known word nor a status emoji was found. */
  status: ItemStatus | null;
  /** The first word of the text when it is not understood (for the warning); `null` otherwise or when empty. */
  unknown: string | null;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Each status's words as a whole-word pattern. */
const PATTERNS = STATUS_WORDS.map(
  ([status, words]) =>
    [status, new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.source})(?![\\p{L}\\p{N}])`, 'u')] as const,
);

/** The earliest status word of matchable text, the longest one when several start at the same place. */
function firstWord(text: string): ItemStatus | null {
  let best: { status: ItemStatus; index: number; length: number } | null = null;
  for (const [status, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const found = { status, index: match.index, length: match[0].length };
    if (
      best === null ||
      found.index < best.index ||
      (found.index === best.index && found.length > best.length)
    )
      best = found;
  }
  return best?.status ?? null;
}

/**
 * Reads a status from text: a status word in English or French wins over an emoji (`✅ EN COURS` is in progress),
 * an emoji alone decides otherwise. Text with neither is unknown, and its first word is reported.
 */
export function statusOfText(text: string): StatusReading {
  const plain = matchable(text);
  const word = firstWord(plain);
  if (word) return { status: word, unknown: null };
  for (const char of plain) {
    const status = STATUS_EMOJI.get(char);
    if (status) return { status, unknown: null };
  }
  const first = text
    .replace(/[*_`~]/g, '')
    .trim()
    .split(/\s+/)
    .find((token) => LETTER.test(token));
  return { status: null, unknown: first ?? null };
}
