import { ConfigError } from '../core/errors/config-error.js';

/** `--now 2026-01-31` (or an ISO timestamp) → `2026-01-31`; absent → the real date. */
export function todayOption(value: string | undefined, fallback: () => string): string {
  if (value === undefined) return fallback();
  const match = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match?.[1] || Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`))) {
    throw new ConfigError(`--now: expected a date YYYY-MM-DD (got "${value}")`);
  }
  return match[1];
}
