import { stripBom } from '../../../text/strip-bom.js';
import type { JsonRecord } from './json-record.js';
import { isJsonRecord, ownValue } from './json-record.js';
import { readJsonHead } from './read-json-head.js';

/** Keys only an Istanbul file coverage object has. */
const ISTANBUL_KEYS = ['statementMap', 'fnMap', 'branchMap'];

/** Whether a file coverage object, as far as the head shows it, has Istanbul's own keys. */
function looksLikeFileCoverage(value: unknown): boolean {
  if (!isJsonRecord(value)) return false;
  const has = (key: string): boolean => Object.hasOwn(value, key);
  return ISTANBUL_KEYS.some(has) || (has('path') && has('s'));
}

/**
 * Whether the beginning of a file is an Istanbul `coverage-final.json` (or a `.nyc_output` file of the same
 * shape): a JSON object whose first value has `statementMap`, `fnMap` or `branchMap`, or `path` with `s`, either
 * itself or inside a `data` wrapper (older nyc). A complete empty object `{}` is taken too: nyc writes one for
 * each process that loaded no instrumented file, and it parses to a report with zero files.
 */
export function isIstanbulHead(head: string): boolean {
  const read = readJsonHead(stripBom(head));
  if (!read || !isJsonRecord(read.value)) return false;
  const root: JsonRecord = read.value;
  const firstKey = Object.keys(root)[0];
  if (firstKey === undefined) return read.complete;
  const first = root[firstKey];
  return (
    looksLikeFileCoverage(first) || (isJsonRecord(first) && looksLikeFileCoverage(ownValue(first, 'data')))
  );
}
