import type { Fail } from './entry-failure.js';
import { showJsonValue } from './json-record.js';

/** Reads an execution count: a whole number from 0 up. Istanbul writes integers; anything else is corrupt. */
export function readCount(value: unknown, what: string, fail: Fail): number {
  if (value === undefined) return fail(`${what} is missing`);
  if (typeof value !== 'number') return fail(`${what} ${showJsonValue(value)} is not a number`);
  if (!Number.isFinite(value)) return fail(`${what} ${value} is not a finite number`);
  if (value < 0) return fail(`${what} ${value} is negative`);
  if (!Number.isInteger(value)) return fail(`${what} ${value} is not a whole number`);
  if (!Number.isSafeInteger(value)) return fail(`${what} ${value} is too large to count exactly`);
  // `+ 0` turns `-0` into `0`.
  return value + 0;
}
