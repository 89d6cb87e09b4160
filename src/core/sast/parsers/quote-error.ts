const MAX_QUOTE = 160;

/**
 * A tool's error text on one line, shortened to 160 characters: some tools paste whole stack traces or file
 * lists into their errors, and the reason must fit on one line of a report.
 */
export function quoteError(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim() || '(no message)';
  return line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line;
}
