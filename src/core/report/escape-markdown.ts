/**
 * Makes untrusted text (paths, rule messages, issue titles) safe inside GitHub markdown, including table cells:
 * - characters that open markdown constructs (`\ ` * _ [ ] | ~`, and `#`, `+`, `-`, `=`, `1.` where they start a
 *   block) are backslash-escaped, so nothing becomes a link, emphasis, heading, list or a new table column;
 * - `&`, `<` and `>` become entities, so no raw HTML (and no hidden comment marker) gets through;
 * - `@` is followed by a zero-width space, so `@user` and `@org/team` never ping anyone (as Renovate does);
 * - `#123` is broken the same way so it does not link to an issue;
 * - newlines become spaces, so a cell never breaks a table row.
 * An empty value becomes `—`, so no table cell is ever blank.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ').trim();
  if (oneLine === '') return '—';
  return (
    oneLine
      .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@/g, '@\u200b')
      .replace(/#(?=\d)/g, '#\u200b')
      // Block markers only count at the start and before a space ("# x", "- x", "1. x"), or as a rule ("---").
      // A backslash only escapes punctuation: an ordered-list marker is broken at its `.` or `)`, not its digits.
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
      .replace(/^([#+=-])(?=\s|$)|^([=-])(?=[=-]*$)/, '\\$&')
  );
}

/**
 * Text as inline code: backticks cannot close the span, nor newlines break it. In a table cell (`inTable`), `|`
 * is escaped too: GFM splits cells on a pipe even inside a code span. Empty → `—` (not code).
 */
export function inlineCode(text: string, inTable = false): string {
  let oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  if (oneLine.trim() === '') return '—';
  if (inTable) oneLine = oneLine.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}
