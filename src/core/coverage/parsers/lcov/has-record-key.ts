const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const UNDERSCORE = 95;
const COLON = 58;

/**
 * Whether `text[start, end)` starts with a record key and a colon: a letter, then letters, digits or `_`, as
 * lcov writes them (`DA`, `BRDA`, `FNL`, `MCDC`...). Read in place, since most lines of a tracefile are records.
 */
export function hasRecordKey(text: string, start: number, end: number): boolean {
  if (start >= end || !isLetter(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === COLON) return true;
    if (!isLetter(code) && !isDigit(code) && code !== UNDERSCORE) return false;
  }
  return false;
}
