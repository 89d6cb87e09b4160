import { isJsonRecord, ownValue } from './json-record.js';

/** The `start.line` of an Istanbul location (`{ start: { line, column }, end }`), or `undefined`. */
export function startLineOf(location: unknown): unknown {
  if (!isJsonRecord(location)) return undefined;
  const start = ownValue(location, 'start');
  return isJsonRecord(start) ? ownValue(start, 'line') : undefined;
}
