/**
 * A note for the entries of a list field (labels, assignees) that were not usable, or `null` when none was
 * dropped. `kept` counts the usable ones among `raw`.
 */
export function droppedEntriesProblem(
  field: string,
  raw: unknown,
  kept: number,
  what: string,
): string | null {
  if (!Array.isArray(raw)) return null;
  const dropped = raw.filter((entry) => entry !== null).length - kept;
  if (dropped <= 0) return null;
  return `"${field}" has ${dropped} ${dropped === 1 ? 'entry' : 'entries'} without ${what}; ignored`;
}
