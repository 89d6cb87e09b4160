import { readCount } from './read-count.js';
import { readLineNumber } from './read-line-number.js';

/** One `DA:line,count[,checksum]` record. */
export interface DaRecord {
  line: number;
  hits: number;
}

/** Reads the value of a `DA` record; a checksum field (gcovr, `geninfo --checksum`) and anything after it is ignored. */
export function readDaRecord(value: string, fail: (reason: string) => never): DaRecord {
  const comma = value.indexOf(',');
  if (comma < 0) return fail(`DA record ${JSON.stringify(value)} is not "line,count"`);
  const end = value.indexOf(',', comma + 1);
  return {
    line: readLineNumber(value.slice(0, comma), 'DA', fail),
    hits: readCount(value.slice(comma + 1, end < 0 ? undefined : end), 'DA record: count', fail),
  };
}
