import { stripBom } from '../../../text/strip-bom.js';

/** Keys an LCOV tracefile may open with: test name, source file, or (lcov 2.x, gcovr) a version tag. */
const OPENING_RECORD = /^(?:TN|SF|VER):/;
const SOURCE_FILE_RECORD = /^[ \t]*SF:/m;

/**
 * Whether the beginning of a file is an LCOV tracefile: its first record, after blank and `#` comment lines, is
 * `TN:`, `SF:` or `VER:`, and an `SF:` record follows somewhere in the head. JSON and XML fail the first test.
 */
export function isLcovHead(head: string): boolean {
  const text = stripBom(head);
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    return OPENING_RECORD.test(line) && SOURCE_FILE_RECORD.test(text);
  }
  return false;
}
