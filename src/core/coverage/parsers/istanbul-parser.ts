import type { CoverageReport } from '../../model/coverage.js';
import type { CoverageParser } from '../coverage-parser.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import { branchLines } from './istanbul/branch-lines.js';
import { entryFailure } from './istanbul/entry-failure.js';
import { fileCoverageData } from './istanbul/file-coverage-data.js';
import { isIstanbulHead } from './istanbul/is-istanbul-head.js';
import type { JsonRecord } from './istanbul/json-record.js';
import { ownValue } from './istanbul/json-record.js';
import { readIstanbulJson } from './istanbul/read-istanbul-json.js';
import { statementLines } from './istanbul/statement-lines.js';

/** The file's `path`, else its key, backslashes turned into `/` (Windows runs write `C:\…`). */
function filePath(key: string, file: JsonRecord): string {
  const path = ownValue(file, 'path');
  return (typeof path === 'string' && path !== '' ? path : key).replaceAll('\\', '/');
}

/**
 * Istanbul `coverage-final.json`, as written by jest, vitest (istanbul and v8 providers), nyc, c8 and karma, and
 * the `.nyc_output/*.json` files of the same shape. Lines come from statements (a line's hits are the largest
 * count of the statements starting on it), branches from the arms of `b`. Functions are not read: gonogo gates on
 * lines and branches. Two keys naming the same path (after `\` → `/`) merge like repeated listings elsewhere.
 */
export const istanbulParser: CoverageParser = {
  format: 'istanbul',

  detect: isIstanbulHead,

  parse(text: string, source: string): CoverageReport {
    const accumulator = new FileCoverageAccumulator();
    for (const [key, value] of readIstanbulJson(text, source, 'an Istanbul coverage-final.json')) {
      const fail = entryFailure(source, key);
      const file = fileCoverageData(value, fail);
      const path = filePath(key, file);
      const lines = statementLines(file, fail);
      const branches = branchLines(file, fail);
      accumulator.file(path);
      // One call per line with its largest statement count and all its branches, in line order.
      for (const line of [...lines.keys()].sort((a, b) => a - b)) {
        accumulator.add(path, line, lines.get(line) ?? 0, branches.get(line) ?? null);
      }
      for (const [line, branch] of branches) {
        if (!lines.has(line)) accumulator.addBranch(path, line, branch);
      }
    }
    return { source, format: 'istanbul', sourceRoots: [], files: accumulator.files() };
  },
};
