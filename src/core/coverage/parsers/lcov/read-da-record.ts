import { indexWithin } from './index-within.js';
import { readCount } from './read-count.js';
import { readLineNumber, MAX_LINE_NUMBER } from './read-line-number.js';
import { scanDigits } from './scan-digits.js';

/** One `DA:line,count[,checksum]` record. */
export interface DaRecord {
  line: number;
  hits: number;
}

/**
 * Reads the value of a `DA` record, `text[start, end)`; a checksum field (gcovr, `geninfo --checksum`) and
 * anything after it is ignored. Plain numbers are read in place; anything else goes through the checks that
 * explain what is wrong (or floor a float count).
 */
export function readDaRecord(
  text: string,
  start: number,
  end: number,
  fail: (reason: string) => never,
): DaRecord {
  const comma = indexWithin(text, ',', start, end);
  if (comma < 0) return fail(`DA record ${JSON.stringify(text.slice(start, end))} is not "line,count"`);
  let countEnd = indexWithin(text, ',', comma + 1, end);
  if (countEnd < 0) countEnd = end;
  let line = scanDigits(text, start, comma);
  if (line < 1 || line > MAX_LINE_NUMBER) line = readLineNumber(text.slice(start, comma), 'DA', fail);
  let hits = scanDigits(text, comma + 1, countEnd);
  if (hits < 0) hits = readCount(text.slice(comma + 1, countEnd), 'DA record: count', fail);
  return { line, hits };
}
