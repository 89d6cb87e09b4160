import { stripBom } from '../../../text/strip-bom.js';
import { isJsonRecord, ownValue } from './json-record.js';
import { readJsonHead } from './read-json-head.js';

/** Whether a summary entry has `lines` with a `pct`, the mark of Istanbul's json-summary reporter. */
function hasLinesWithPercent(entry: unknown): boolean {
  if (!isJsonRecord(entry)) return false;
  const lines = ownValue(entry, 'lines');
  return isJsonRecord(lines) && Object.hasOwn(lines, 'pct');
}

/**
 * Whether the beginning of a file is an Istanbul `coverage-summary.json`: a JSON object whose `total` entry, or
 * else whose first entry, has `lines` with a `pct`. An empty object is left to the `coverage-final.json` parser,
 * which reads it the same way (zero files).
 */
export function isIstanbulSummaryHead(head: string): boolean {
  const read = readJsonHead(stripBom(head));
  if (!read || !isJsonRecord(read.value)) return false;
  const root = read.value;
  return hasLinesWithPercent(ownValue(root, 'total')) || hasLinesWithPercent(Object.values(root)[0]);
}
