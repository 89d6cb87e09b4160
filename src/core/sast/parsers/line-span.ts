/** The lines a finding covers: `endLine` is never before `line`, and both are `null` without a start line. */
export function lineSpan(
  start: number | undefined,
  end: number | undefined,
): { line: number | null; endLine: number | null } {
  if (start === undefined) return { line: null, endLine: null };
  return { line: start, endLine: end !== undefined && end >= start ? end : start };
}
