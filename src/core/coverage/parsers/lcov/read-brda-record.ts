import { indexWithin } from './index-within.js';
import { readCount } from './read-count.js';
import { readLineNumber, MAX_LINE_NUMBER } from './read-line-number.js';
import { scanDigits } from './scan-digits.js';

/** One `BRDA:line,block,branch,taken` record. */
export interface BrdaRecord {
  line: number;
  /** `block,branch` as written: identifies the branch within its line. */
  key: string;
  /** Times the branch was taken; `-` (its block never ran) reads as 0. */
  taken: number;
}

/**
 * Reads the value of a `BRDA` record, `text[start, end)`. The line is the first field and the count the last;
 * everything between is the key, since lcov 2.x may write an exception marker (`e0`) in the block and an
 * expression holding commas in place of the branch number.
 */
export function readBrdaRecord(
  text: string,
  start: number,
  end: number,
  fail: (reason: string) => never,
): BrdaRecord {
  const first = indexWithin(text, ',', start, end);
  const middle = first < 0 ? -1 : indexWithin(text, ',', first + 1, end);
  const last = text.lastIndexOf(',', end - 1);
  if (middle < 0 || middle >= last) {
    return fail(`BRDA record ${JSON.stringify(text.slice(start, end))} is not "line,block,branch,taken"`);
  }
  let line = scanDigits(text, start, first);
  if (line < 1 || line > MAX_LINE_NUMBER) line = readLineNumber(text.slice(start, first), 'BRDA', fail);
  let taken =
    end - last === 2 && text.charCodeAt(last + 1) === 45 /* - */ ? 0 : scanDigits(text, last + 1, end);
  if (taken < 0) taken = readCount(text.slice(last + 1, end), 'BRDA record: taken count', fail);
  return { line, key: text.slice(first + 1, last), taken };
}
