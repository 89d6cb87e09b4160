import { isIdentChar } from './char-class.js';
import type { RawComment } from './raw-comment.js';

/** Keywords after which an operand (a regex literal, a JSX element) comes, not a division or a comparison. */
const KEYWORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
  'when',
  'if',
  'elsif',
  'unless',
  'while',
  'until',
  'and',
  'or',
  'not',
  'split',
  'grep',
  'map',
  'join',
  'default',
  'export',
]);

/**
 * Whether an operand is expected at `pos`, judged from the code before it (blanks and the comments found so far
 * skipped): after `(`, `,`, `=`, `:`, an operator, a keyword such as `return`, or at the start; not after an
 * identifier, a number, `)`, `]`, `}` or a string.
 */
export function operandExpected(text: string, pos: number, comments: readonly RawComment[]): boolean {
  let i = pos - 1;
  let k = comments.length - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
      while (k >= 0 && (comments[k] as RawComment).start > i) k--;
      const comment = comments[k];
      if (comment === undefined || comment.end <= i) break;
      i = comment.start;
    }
    i--;
  }
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  if (isIdentChar(c)) {
    let j = i;
    while (j > 0 && i - j < 12 && isIdentChar(text.charCodeAt(j - 1))) j--;
    return i - j < 11 && KEYWORDS.has(text.slice(j, i + 1));
  }
  return !(c === 0x29 || c === 0x5d || c === 0x7d || c === 0x22 || c === 0x27 || c === 0x60);
}
