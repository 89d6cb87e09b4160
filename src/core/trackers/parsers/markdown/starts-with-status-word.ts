import { matchable } from './matchable.js';
import { STATUS_WORDS } from './status-vocabulary.js';

const AT_START = new RegExp(
  `^(?:${STATUS_WORDS.map(([, words]) => words.source).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** Whether a text opens with a status word (`partiel`, `implémenté le 2026-02-13`, `DONE`). */
export function startsWithStatusWord(text: string): boolean {
  return AT_START.test(matchable(text).trim());
}
