/** No source file has ten million lines; a larger number is corrupt data, not a line. */
const MAX_LINE_NUMBER = 10_000_000;
/** No Go block spans this many lines; a block claiming more is corrupt. */
const MAX_BLOCK_LINES = 100_000;

/** `path/file.go:startLine.startCol,endLine.endCol numStatements count`; the path may itself hold colons. */
const BLOCK_LINE = /^(.+):((\d+)\.\d+,(\d+)\.\d+)[ \t]+(\S+)[ \t]+(\S+)$/;
const WHOLE_NUMBER = /^\d+$/;

/** One block of a Go coverprofile. */
export interface GoBlock {
  /**
   * The import path of the file as written (`github.com/org/repo/pkg/file.go`); a backslash, which Go never writes
   * in an import path, is turned into `/` like in every other format.
   */
  path: string;
  /** `startLine.startCol,endLine.endCol`: identifies the block within its file. */
  position: string;
  startLine: number;
  endLine: number;
  statements: number;
  count: number;
}

/** Reads one block line, failing with a reason when it is malformed or its numbers are out of range. */
export function readGoBlock(line: string, fail: (reason: string) => never): GoBlock {
  const match = BLOCK_LINE.exec(line);
  if (!match) {
    const shown = JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);
    return fail(`not a coverprofile block (expected "file.go:line.col,line.col statements count"): ${shown}`);
  }
  const [, path = '', position = '', start = '', end = '', statements = '', count = ''] = match;
  const startLine = Number(start);
  const endLine = Number(end);
  if (!(startLine >= 1 && startLine <= MAX_LINE_NUMBER) || !(endLine >= 1 && endLine <= MAX_LINE_NUMBER)) {
    fail(`block ${position}: line numbers must be from 1 to ${MAX_LINE_NUMBER}`);
  }
  if (endLine < startLine) fail(`block ${position} ends on line ${endLine} before it starts`);
  // Go blocks are statements between braces; a block over this many lines is corrupt data, and expanding it line by
  // line would cost memory in proportion to the lie.
  if (endLine - startLine > MAX_BLOCK_LINES) {
    fail(`block ${position} spans ${endLine - startLine + 1} lines (more than ${MAX_BLOCK_LINES})`);
  }
  if (!WHOLE_NUMBER.test(statements)) {
    fail(`block ${position}: statement count ${JSON.stringify(statements)} is not a non-negative integer`);
  }
  if (!WHOLE_NUMBER.test(count)) {
    fail(`block ${position}: count ${JSON.stringify(count)} is not a non-negative integer`);
  }
  return {
    path: path.replaceAll('\\', '/'),
    position,
    startLine,
    endLine,
    statements: Number(statements),
    count: Number(count),
  };
}
