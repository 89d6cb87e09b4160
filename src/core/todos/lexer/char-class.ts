/** Character classes of the comment lexer, on UTF-16 code units. */

/** A letter, digit, `_` or `$`, or any non-ASCII unit: part of an identifier or a number. */
export function isIdentChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x24 ||
    c >= 0x80
  );
}

/** A space or a tab. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** `\n` or `\r`. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Whether `c` is one of the characters of `set` (a short string). */
export function inSet(set: string | undefined, c: number): boolean {
  if (set === undefined) return false;
  for (let i = 0; i < set.length; i++) if (set.charCodeAt(i) === c) return true;
  return false;
}

/** The end of the line holding `pos`: the index of its `\n` or `\r`, or `end`. */
export function lineEnd(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
    i++;
  }
  return end;
}

/** Index after the line break at `pos` (`\r\n` counts as one). */
export function afterLineBreak(text: string, pos: number): number {
  return text.charCodeAt(pos) === 0x0d && text.charCodeAt(pos + 1) === 0x0a ? pos + 2 : pos + 1;
}

/** Whether only blanks precede `pos` on its line. */
export function blanksBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
    if (c !== 0x20 && c !== 0x09) return false;
    i--;
  }
  return true;
}

/**
 * Whether `pos` starts a shell word: at a line start or after a blank or one of `;&|()[],`. `a#b`, `$#`, `${#x}`
 * are not word starts.
 */
export function atWordStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const c = text.charCodeAt(pos - 1);
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x3b ||
    c === 0x26 ||
    c === 0x7c ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x2c
  );
}

/** Whether `word` (lower-case ASCII) occurs at `pos`, ignoring case. */
export function startsWithIgnoreCase(text: string, word: string, pos: number): boolean {
  if (pos + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(pos + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}
