import type { Fail } from './entry-failure.js';
import type { JsonRecord } from './json-record.js';
import { isJsonRecord, ownValue, showJsonValue } from './json-record.js';

/**
 * The file coverage object of one `coverage-final.json` entry. Older nyc versions serialized istanbul's
 * `FileCoverage` class as is, which puts the fields under `data`.
 */
export function fileCoverageData(value: unknown, fail: Fail): JsonRecord {
  if (!isJsonRecord(value)) return fail(`expected a file coverage object, found ${showJsonValue(value)}`);
  const data = ownValue(value, 'data');
  return !Object.hasOwn(value, 'statementMap') && isJsonRecord(data) ? data : value;
}
