import type { CoverageReport, FileCoverage } from '../model/coverage.js';
import { FileCoverageAccumulator } from './file-coverage-accumulator.js';

/**
 * Merges several reports (a monorepo, split test jobs) into one file map with the accumulator's rule: the same
 * (file, line) is one coverable line whose hits add up. A file that only has stated totals keeps them.
 */
export function mergeCoverage(reports: readonly CoverageReport[]): Map<string, FileCoverage> {
  const accumulator = new FileCoverageAccumulator(false);
  for (const report of reports) {
    for (const file of report.files) {
      const merged = accumulator.file(file.path);
      if (file.branches) merged.branches ??= new Map();
      // Listings merged under one path resolved alike (the same string is a repository file or it is not).
      if (file.resolved !== undefined) merged.resolved ??= file.resolved;
      if (file.reportPath !== undefined) merged.reportPath ??= file.reportPath;
      if (file.statedTotals && !merged.statedTotals) merged.statedTotals = file.statedTotals;
      if (file.statements) {
        const known = merged.statements ?? { covered: 0, total: 0 };
        merged.statements = {
          covered: known.covered + file.statements.covered,
          total: known.total + file.statements.total,
        };
      }
      for (const [line, branch] of file.branches ?? []) {
        if (!file.lines.has(line)) accumulator.addBranch(file.path, line, branch);
      }
      for (const [line, hits] of file.lines)
        accumulator.add(file.path, line, hits, file.branches?.get(line) ?? null);
    }
  }
  return new Map(accumulator.files().map((file) => [file.path, file]));
}
