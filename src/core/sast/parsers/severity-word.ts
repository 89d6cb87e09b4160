import * as z from 'zod';

/**
 * A tool's severity word, matched without regard to case. Anything else is a shape error naming the place and
 * the accepted words: a gate must not guess what an unknown severity means.
 */
export function severityWord<const T extends readonly [string, ...string[]]>(words: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
    z.enum(words),
  );
}
