/**
 * Markdown cut to at most `limit` characters at a section or line boundary, with `note` appended when anything
 * was cut. The report's sections come most important first, so cutting from the end keeps what matters.
 */
export function truncateMarkdown(text: string, limit: number, note: string): string {
  if (text.length <= limit) return text;
  const room = Math.max(0, limit - note.length - 2);
  const head = text.slice(0, room);
  const section = head.lastIndexOf('\n### ');
  const line = head.lastIndexOf('\n');
  // Prefer a section boundary unless it throws away more than half of what fits.
  const end = section > room / 2 ? section : line > 0 ? line : room;
  return `${head.slice(0, end).trimEnd()}\n\n${note}`;
}
