import { isIdentChar } from './char-class.js';
import { operandExpected } from './operand-expected.js';
import type { ScanState } from './scan-state.js';

/**
 * If a regex literal starts at `s.pos` (a `/` where an operand is expected), skips it with its flags and returns
 * true. A literal never spans lines: a `/` with no closing `/` on its line is a division.
 */
export function scanRegex(s: ScanState): boolean {
  const { text, end } = s;
  const pos = s.pos;
  if (!operandExpected(text, pos, s.comments)) return false;
  let inClass = false;
  let i = pos + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return false;
    if (c === 0x5c) {
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === 0x5d) inClass = false;
    } else if (c === 0x5b) {
      inClass = true;
    } else if (c === 0x2f) {
      i++;
      while (i < end && isIdentChar(text.charCodeAt(i))) i++;
      s.pos = i;
      return true;
    }
    i++;
  }
  return false;
}
