import { InputError } from '../../errors/input-error.js';
import type { CoverageReport } from '../../model/coverage.js';
import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser } from '../coverage-parser.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import { BlockBranches } from './lcov/block-branches.js';
import { isLcovHead } from './lcov/is-lcov-head.js';
import { readBrdaRecord } from './lcov/read-brda-record.js';
import { readDaRecord } from './lcov/read-da-record.js';

/** A record key: letters first, as lcov writes them (`DA`, `BRDA`, `FNL`, `MCDC`...). */
const RECORD_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A line shown in an error message: one line, short. */
function shown(line: string): string {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

/**
 * LCOV tracefiles (lcov/geninfo 1.x and 2.x, gcovr, istanbul/jest/karma, flutter, coverlet, grcov, c8...).
 * Totals come from the `DA` and `BRDA` records only: `LF/LH/BRF/BRH/FNF/FNH` are never read, since merged or
 * filtered tracefiles often carry stale ones. Function records (`FN`, `FNDA`, `FNL`, `FNA`) and record types
 * gonogo does not use (`MCDC`, `TN`, `VER`...) are skipped; a line that is not `KEY:value` at all is an error.
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

    for (let start = 0; start < content.length;) {
      const newline = content.indexOf('\n', start);
      const end = newline < 0 ? content.length : newline;
      const line = content.slice(start, end).trim();
      start = end + 1;
      lineNumber++;
      if (line === '' || line.startsWith('#')) continue;
      if (line === 'end_of_record') {
        closeBlock();
        continue;
      }
      const colon = line.indexOf(':');
      const key = colon > 0 ? line.slice(0, colon) : '';
      if (!RECORD_KEY.test(key)) fail(`not an LCOV record (expected KEY:value): ${shown(line)}`);
      const value = line.slice(colon + 1);
      switch (key) {
        case 'SF':
          // A new SF without end_of_record closes the previous block: some writers omit it.
          closeBlock();
          if (value === '') fail('SF record without a file path');
          path = value.replaceAll('\\', '/');
          accumulator.file(path);
          break;
        case 'DA': {
          const file = currentPath(key);
          const record = readDaRecord(value, fail);
          accumulator.add(file, record.line, record.hits);
          break;
        }
        case 'BRDA':
          currentPath(key);
          branches.add(readBrdaRecord(value, fail));
          break;
        default:
        // Every other record (LF, LH, BRF, BRH, FN, FNDA, FNF, FNH, FNL, FNA, TN, VER, MCDC...) carries nothing
        // the totals are recomputed from.
      }
    }
    closeBlock();
    return { source, format: 'lcov', sourceRoots: [], files: accumulator.files() };
  },
};
