import { isIdentChar } from './char-class.js';
import { operandExpected } from './operand-expected.js';
import { scanCode } from './scan-code.js';
import type { ScanState } from './scan-state.js';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const MAX_DEPTH = 200;

function isNameChar(c: number): boolean {
  return isIdentChar(c) || c === 0x2e || c === 0x3a || c === 0x2d;
}

function isLetter(c: number): boolean {
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x24;
}

/**
 * Scans the JSX element whose `<` is at `lt`: attributes (with `{…}` expressions lexed as code), then children
 * as text up to the matching closing tag. Apostrophes and `//` in the text are text. Returns false, with the
 * comments it recorded taken back, when this is not JSX after all (a TSX generic `<T,>`, no closing tag).
 */
function scanElement(s: ScanState, lt: number): boolean {
  const { text, end } = s;
  const saved = s.comments.length;
  const fail = (): boolean => {
    s.comments.length = saved;
    return false;
  };
  // Running out of text or of depth means the rest of the file cannot close this element either.
  const giveUp = (): boolean => {
    s.jsxGaveUp = true;
    return fail();
  };
  if (s.jsxGaveUp) return false;
  if (s.depth > MAX_DEPTH) return giveUp();
  s.depth++;
  try {
    let i = lt + 1;
    if (text.charCodeAt(i) === GT) {
      i++;
    } else {
      const nameStart = i;
      while (i < end && isNameChar(text.charCodeAt(i))) i++;
      if (i === nameStart) return fail();
      const single = i - nameStart === 1;
      let j = i;
      while (j < end && text.charCodeAt(j) <= 0x20) j++;
      if (
        text.charCodeAt(j) === 0x2c ||
        (text.startsWith('extends', j) && !isIdentChar(text.charCodeAt(j + 7)))
      ) {
        return fail();
      }
      for (;;) {
        if (i >= end) return giveUp();
        const c = text.charCodeAt(i);
        if (c === SLASH && text.charCodeAt(i + 1) === GT) {
          s.pos = i + 2;
          return true;
        }
        if (c === GT) {
          i++;
          // `<T>(x: T) => x`: a generic arrow function, not an element.
          if (single && text.charCodeAt(i) === 0x28) return fail();
          break;
        }
        if (c === LBRACE) {
          s.pos = i + 1;
          scanCode(s, RBRACE);
          i = s.pos;
          continue;
        }
        if (c === 0x22 || c === 0x27) {
          const k = text.indexOf(c === 0x22 ? '"' : "'", i + 1);
          if (k === -1 || k >= end) return giveUp();
          i = k + 1;
          continue;
        }
        if (c === LT || c === 0x3b || c === 0x29) return fail();
        i++;
      }
    }
    for (;;) {
      if (i >= end || s.jsxGaveUp) return giveUp();
      const c = text.charCodeAt(i);
      if (c === LBRACE) {
        s.pos = i + 1;
        scanCode(s, RBRACE);
        i = s.pos;
        continue;
      }
      if (c === LT) {
        if (text.charCodeAt(i + 1) === SLASH) {
          const k = text.indexOf('>', i + 2);
          if (k === -1 || k >= end) return giveUp();
          s.pos = k + 1;
          return true;
        }
        if (scanElement(s, i)) {
          i = s.pos;
          continue;
        }
      }
      i++;
    }
  } finally {
    s.depth--;
  }
}

/** If a JSX element starts at `s.pos` (a `<` where an operand is expected), skips it and returns true. */
export function scanJsx(s: ScanState): boolean {
  const pos = s.pos;
  const n = s.text.charCodeAt(pos + 1);
  if (s.jsxGaveUp || !(isLetter(n) || n === GT) || !operandExpected(s.text, pos, s.comments)) return false;
  if (scanElement(s, pos)) return true;
  s.pos = pos;
  return false;
}
