import { readCount } from './read-count.js';
import { readLineNumber } from './read-line-number.js';

/** One `BRDA:line,block,branch,taken` record. */
export interface BrdaRecord {
  line: number;
  /** `block,branch` as written: identifies the branch within its line. */
  key: string;
  /** Times the branch was taken; `-` (its block never ran) reads as 0. */
  taken: number;
}

/**
 * Reads the value of a `BRDA` record. The line is the first field and the count the last; everything between is
 * the key, since lcov 2.x may write an exception marker (`e0`) in the block and an expression holding commas in
 * place of the branch number.
 */
export function readBrdaRecord(value: string, fail: (reason: string) => never): BrdaRecord {
  const first = value.indexOf(',');
  const last = value.lastIndexOf(',');
  const middle = value.indexOf(',', first + 1);
  if (first < 0 || middle < 0 || middle >= last) {
    return fail(`BRDA record ${JSON.stringify(value)} is not "line,block,branch,taken"`);
  }
  const taken = value.slice(last + 1);
  return {
    line: readLineNumber(value.slice(0, first), 'BRDA', fail),
    key: value.slice(first + 1, last),
    taken: taken === '-' ? 0 : readCount(taken, 'BRDA record: taken count', fail),
  };
}
