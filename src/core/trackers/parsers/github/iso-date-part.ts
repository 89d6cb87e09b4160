/**
 * The calendar date of a GitHub timestamp as written: `2023-10-24T12:46:52Z` → `2023-10-24`,
 * `2024-03-31T00:00:00-07:00` → `2024-03-31`. The date is never shifted to UTC or to the local zone, so a
 * milestone due "on the 31st" stays the 31st whatever zone it was written in. `null` for anything that does not
 * start with a real date (`2023-02-30`, `yesterday`).
 */
export function isoDatePart(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
