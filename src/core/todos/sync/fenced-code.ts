/** An info string GitHub highlights and that cannot break the fence: `typescript`, `c++`, `objective-c`. */
const SIMPLE_LANGUAGE = /^[a-z0-9][a-z0-9+#._-]*$/;

/**
 * Lines of code as a fenced block that nothing inside can close: the fence is one backtick longer than the
 * longest run of backticks in the code (and at least three). The language (linguist's name) becomes the info
 * string when, lowercased and with spaces as hyphens, it is simple; otherwise the block has none.
 */
export function fencedCode(lines: readonly string[], language: string): string {
  const code = lines.map((line) => line.replace(/\r$/, '')).join('\n');
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const info = language.trim().toLowerCase().replace(/\s+/g, '-');
  return `${fence}${SIMPLE_LANGUAGE.test(info) ? info : ''}\n${code}\n${fence}`;
}
