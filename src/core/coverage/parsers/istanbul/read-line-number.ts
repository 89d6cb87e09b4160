import type { Fail } from './entry-failure.js';
import { showJsonValue } from './json-record.js';

/** No source file has ten million lines; a larger number is corrupt data, not a line. */
export const MAX_LINE_NUMBER = 10_000_000;

/** Reads a 1-based source line number. */
export function readLineNumber(value: unknown, what: string, fail: Fail): number {
  if (value === undefined) return fail(`${what} is missing`);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LINE_NUMBER) {
    return value;
  }
  return fail(`${what} ${showJsonValue(value)} is not an integer from 1 to ${MAX_LINE_NUMBER}`);
}
