import type { Fail } from './entry-failure.js';
import type { JsonRecord } from './json-record.js';
import { isJsonRecord, ownValue, showJsonValue } from './json-record.js';

/** The object under `key` of a report entry. A missing optional one reads as empty; a missing required one fails. */
export function recordAt(entry: JsonRecord, key: string, fail: Fail, optional = false): JsonRecord {
  const value = ownValue(entry, key);
  if (value === undefined && optional) return {};
  if (value === undefined) return fail(`"${key}" is missing`);
  if (!isJsonRecord(value)) return fail(`"${key}" is not an object (found ${showJsonValue(value)})`);
  return value;
}
