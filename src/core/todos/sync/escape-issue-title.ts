/**
 * Makes untrusted text safe as an issue title, which GitHub shows as text but still links: `@user` gets a
 * zero-width space after the `@` (no ping, as `escapeMarkdown` does), and so does the `#` of `#123` and
 * `owner/repo#123` (no cross-reference on the mentioned issue). Control characters and line breaks become
 * spaces, runs of spaces one.
 */
export function escapeIssueTitle(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/@/g, '@\u200b')
      .replace(/#(?=\d)/g, '#\u200b')
      .replace(/\bGH-(?=\d)/gi, (prefix) => `${prefix.slice(0, 2)}\u200b-`)
  );
}
