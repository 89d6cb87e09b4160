/**
 * Makes untrusted text (paths, rule messages, issue titles) safe inside GitHub markdown, including table cells:
 * - markdown syntax characters are backslash-escaped, so nothing becomes a link, emphasis or heading;
 * - `<` and `>` become entities, so no raw HTML (and no hidden comment markers) gets through;
 * - `@` is followed by a zero-width space, so `@user` and `@org/team` never ping anyone (as Renovate does);
 * - `#123` is broken the same way so it does not link to an issue;
 * - newlines become spaces, so a cell never breaks a table row.
 * An empty value becomes `—`, so no table cell is ever blank.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ').trim();
  if (oneLine === '') return '—';
  return oneLine
    .replace(/[\\`*_{}[\]()#+!|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200b')
    .replace(/\\#(\d)/g, '\\#\u200b$1');
}

/** Text for inline code: backticks cannot close the span, nor newlines break it. Empty → `—` (not code). */
export function inlineCode(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  if (oneLine.trim() === '') return '—';
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}
