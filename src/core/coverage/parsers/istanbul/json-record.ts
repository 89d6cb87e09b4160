/** A JSON object: string keys to JSON values. */
export type JsonRecord = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not `null`, not an array). */
export function isJsonRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value of `key` in `record` when it is the record's own key. Plain lookups would find `constructor` or
 * `toString` on the prototype for a statement id spelled that way.
 */
export function ownValue(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A JSON value for an error message: `-1`, `"12"`, `null`, `an object`, `an array`. Never multi-line. */
export function showJsonValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isJsonRecord(value)) return 'an object';
  return JSON.stringify(value) ?? String(value);
}
