/**
 * CWE ids found in a tool's metadata, as `CWE-89`, sorted and without duplicates. Accepts numbers (`89`),
 * `CWE-89`, `CWE-89: Improper Neutralization…`, CodeQL tags (`external/cwe/cwe-089`) and arrays of those.
 */
export function cweIds(...values: unknown[]): string[] {
  const ids = new Set<number>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'number' && Number.isInteger(value) && value > 0) ids.add(value);
    else if (typeof value === 'string') {
      for (const match of value.matchAll(/\bcwe[-_/ ]?0*(\d{1,5})\b/gi)) ids.add(Number(match[1]));
      if (/^\s*\d{1,5}\s*$/.test(value)) ids.add(Number(value));
    }
  };
  values.forEach(visit);
  return [...ids]
    .filter((id) => id > 0)
    .sort((a, b) => a - b)
    .map((id) => `CWE-${id}`);
}
