const WHOLE_NUMBER = /^\d+$/;
const UNSIGNED_NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads an execution count (`DA` hits, `BRDA` taken). Counts are whole numbers, but lcov 2.x is Perl and prints
 * counts past 2^53 in exponent form (`1.84467440737096e+19`), and some converters write `1.0`: such values are
 * tolerated and floored, since rounding `0.4` up would turn an unexecuted line into a covered one.
 */
export function readCount(raw: string, what: string, fail: (reason: string) => never): number {
  if (WHOLE_NUMBER.test(raw)) return Number(raw);
  const shown = JSON.stringify(raw);
  if (raw === '') return fail(`${what} is missing`);
  if (raw.startsWith('-') && UNSIGNED_NUMBER.test(raw.slice(1))) {
    return Number(raw) === 0 ? 0 : fail(`${what} ${shown} is negative`);
  }
  if (!UNSIGNED_NUMBER.test(raw)) return fail(`${what} ${shown} is not a number`);
  const count = Number(raw);
  if (!Number.isFinite(count)) return fail(`${what} ${shown} is not a finite number`);
  return Math.floor(count);
}
