import { InputError } from '../../errors/input-error.js';
import type { CoverageReport } from '../../model/coverage.js';
import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser } from '../coverage-parser.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import { BlockBranches } from './lcov/block-branches.js';
import { hasRecordKey } from './lcov/has-record-key.js';
import { isLcovHead } from './lcov/is-lcov-head.js';
import { readBrdaRecord } from './lcov/read-brda-record.js';
import { readDaRecord } from './lcov/read-da-record.js';

/** Space, tab, CR (CRLF files), and the other white space `String.prototype.trim` would remove in ASCII. */
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);
const HASH = 35;

/** A line shown in an error message: one line, short. */
function shown(line: string): string {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

/**
 * LCOV tracefiles (lcov/geninfo 1.x and 2.x, gcovr, istanbul/jest/karma, flutter, coverlet, grcov, c8...).
 * Totals come from the `DA` and `BRDA` records only: `LF/LH/BRF/BRH/FNF/FNH` are never read, since merged or
 * filtered tracefiles often carry stale ones. Function records (`FN`, `FNDA`, `FNL`, `FNA`) and record types
 * gonogo does not use (`MCDC`, `TN`, `VER`...) are skipped; a line that is not `KEY:value` at all is an error.
 * Lines are read in place (offsets into the text, not a string per line) because tracefiles reach 100s of MB.
 */
export const lcovParser: CoverageParser = {
  format: 'lcov',

  detect: isLcovHead,

  parse(text: string, source: string): CoverageReport {
    const content = stripBom(text);
    const accumulator = new FileCoverageAccumulator();
    const branches = new BlockBranches();
    let path: string | null = null;
    let lineNumber = 0;
    const fail = (reason: string): never => {
      throw new InputError(source, reason, { line: lineNumber });
    };
    const closeBlock = (): void => {
      if (path !== null) branches.flush(accumulator, path);
      path = null;
    };
    const currentPath = (key: string): string =>
      path ?? fail(`${key} record outside a source file block (no SF: record before it)`);

    for (let next = 0; next < content.length;) {
      let start = next;
      const newline = content.indexOf('\n', start);
      let end = newline < 0 ? content.length : newline;
      next = end + 1;
      lineNumber++;
      while (start < end && isSpace(content.charCodeAt(start))) start++;
      while (end > start && isSpace(content.charCodeAt(end - 1))) end--;
      if (start === end || content.charCodeAt(start) === HASH) continue;
      if (content.startsWith('DA:', start)) {
        const file = currentPath('DA');
        const record = readDaRecord(content, start + 3, end, fail);
        accumulator.add(file, record.line, record.hits);
      } else if (content.startsWith('BRDA:', start)) {
        currentPath('BRDA');
        branches.add(readBrdaRecord(content, start + 5, end, fail));
      } else if (content.startsWith('SF:', start)) {
        // A new SF without end_of_record closes the previous block: some writers omit it.
        closeBlock();
        if (end === start + 3) fail('SF record without a file path');
        path = content.slice(start + 3, end).replaceAll('\\', '/');
        accumulator.file(path);
      } else if (end - start === 13 && content.startsWith('end_of_record', start)) {
        closeBlock();
      } else if (!hasRecordKey(content, start, end)) {
        fail(`not an LCOV record (expected KEY:value): ${shown(content.slice(start, end))}`);
      }
      // Every other record (LF, LH, BRF, BRH, FN, FNDA, FNF, FNH, FNL, FNA, TN, VER, MCDC...) carries nothing
      // the totals are recomputed from.
    }
    closeBlock();
    return { source, format: 'lcov', sourceRoots: [], files: accumulator.files() };
  },
};
