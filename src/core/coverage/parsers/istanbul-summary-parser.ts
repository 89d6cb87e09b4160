import type { CoverageReport } from '../../model/coverage.js';
import type { CoverageParser } from '../coverage-parser.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import type { Fail } from './istanbul/entry-failure.js';
import { entryFailure } from './istanbul/entry-failure.js';
import { isIstanbulSummaryHead } from './istanbul/is-istanbul-summary-head.js';
import { isJsonRecord, showJsonValue } from './istanbul/json-record.js';
import { readIstanbulJson } from './istanbul/read-istanbul-json.js';
import { readSummaryRatio } from './istanbul/read-summary-ratio.js';

/**
 * Istanbul `coverage-summary.json` (the json-summary reporter of jest, vitest, nyc, c8). It holds per-file
 * counts, no line records: each file gets no lines, `branches: null` and `statedTotals` from its `lines` and
 * `branches` counts (`pct` is never read: it is rounded, and "Unknown" for empty files). The report is marked
 * `totalsOnly`, since it cannot tell which lines a change touched. The `total` entry is ignored: gonogo sums the
 * files itself, so that a path filter or a merge with another report stays exact.
 */
export const istanbulSummaryParser: CoverageParser = {
  format: 'istanbul-summary',

  detect: isIstanbulSummaryHead,

  parse(text: string, source: string): CoverageReport {
    const accumulator = new FileCoverageAccumulator(false);
    const seen = new Set<string>();
    for (const [key, value] of readIstanbulJson(text, source, 'an Istanbul coverage-summary.json')) {
      if (key === 'total') continue;
      const fail: Fail = entryFailure(source, key);
      if (!isJsonRecord(value)) fail(`expected per-file totals, found ${showJsonValue(value)}`);
      const path = key.replaceAll('\\', '/');
      // Without line records two listings of one file cannot be merged without counting its lines twice.
      if (seen.has(path)) fail('names the same file as an earlier key, once "\\" is read as "/"');
      seen.add(path);
      const lines = readSummaryRatio(value, 'lines', fail);
      if (!lines) fail('"lines" is missing');
      accumulator.file(path).statedTotals = { lines, branches: readSummaryRatio(value, 'branches', fail) };
    }
    return {
      source,
      format: 'istanbul-summary',
      sourceRoots: [],
      files: accumulator.files(),
      totalsOnly: true,
    };
  },
};
