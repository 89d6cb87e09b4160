import type { BanditResult } from './bandit-schema.js';

// `Issue.get_code` writes each line as `"%i %s" % (lineno, text)`: the number, one space, the line as in the file.
const NUMBERED_LINE = /^(\d+) (.*)$/;

/**
 * The flagged lines out of Bandit's `code`, without the line-number prefixes and the context lines around them
 * (`line_range`, else `line_number`). `null` when the code does not hold them.
 */
export function banditSnippet(result: BanditResult): string | null {
  if (!result.code) return null;
  const range = result.line_range?.length ? result.line_range : [result.line_number ?? 0];
  const first = Math.min(...range);
  const last = Math.max(...range);
  const lines = result.code
    .split('\n')
    .map((text) => NUMBERED_LINE.exec(text))
    .filter((match): match is RegExpExecArray => match !== null)
    .filter((match) => Number(match[1]) >= first && Number(match[1]) <= last)
    .map((match) => match[2] ?? '');
  const snippet = lines.join('\n').trimEnd();
  return snippet.trim() === '' ? null : snippet;
}
