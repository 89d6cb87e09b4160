/** Where each line of a text starts and ends (before its `\n`, `\r\n` or `\r`). */
export interface LineIndex {
  readonly starts: number[];
  readonly ends: number[];
}

/** Splits `text` into lines once. A text ending in a line break has a last, empty line after it. */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      ends.push(i);
      i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      starts.push(i);
    } else i++;
  }
  ends.push(n);
  return { starts, ends };
}
