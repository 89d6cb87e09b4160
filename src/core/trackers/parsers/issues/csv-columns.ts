/** The cells of a CSV record by column name. */
export interface CsvColumns {
  /** Whether the header has a column of one of these names. */
  has(...names: string[]): boolean;
  /** The first non-blank cell, trimmed, of the columns with one of these names (in header order); `null` if none. */
  first(row: readonly string[], ...names: string[]): string | null;
  /** Every non-blank cell, trimmed, of every column with one of these names: Jira repeats `Labels` per value. */
  all(row: readonly string[], ...names: string[]): string[];
}

const keyOf = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Column lookup for a CSV export, by name, case-insensitively (Jira writes `Due date` or `Due Date` by version)
 * and over every column of a repeated name. Cells past the end of a short record are blank.
 */
export function csvColumns(header: readonly string[]): CsvColumns {
  const indexes = new Map<string, number[]>();
  header.forEach((name, index) => {
    const key = keyOf(name);
    indexes.set(key, [...(indexes.get(key) ?? []), index]);
  });
  const columns = (names: string[]): number[] =>
    names.flatMap((name) => indexes.get(keyOf(name)) ?? []).sort((a, b) => a - b);
  const all = (row: readonly string[], ...names: string[]): string[] =>
    columns(names)
      .map((index) => (row[index] ?? '').trim())
      .filter((cell) => cell !== '');
  return {
    has: (...names) => columns(names).length > 0,
    first: (row, ...names) => all(row, ...names)[0] ?? null,
    all,
  };
}
