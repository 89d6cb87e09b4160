import type { BranchCount, CoverageReport, FileCoverage } from '../model/coverage.js';

/**
 * Merges several reports into one file map. The same (file, line) from several reports is one coverable line
 * whose hits add up; branch counts of a line keep the listing with more branches (then more covered).
 */
export function mergeCoverage(reports: readonly CoverageReport[]): Map<string, FileCoverage> {
  const files = new Map<string, FileCoverage>();
  for (const report of reports) {
    for (const file of report.files) {
      const merged = files.get(file.path);
      if (!merged) {
        files.set(file.path, {
          path: file.path,
          lines: new Map(file.lines),
          branches: file.branches ? new Map(file.branches) : null,
        });
        continue;
      }
      for (const [line, hits] of file.lines) merged.lines.set(line, (merged.lines.get(line) ?? 0) + hits);
      if (file.branches) {
        merged.branches ??= new Map();
        for (const [line, count] of file.branches) {
          const known = merged.branches.get(line);
          if (!known || isLarger(count, known)) merged.branches.set(line, count);
        }
      }
    }
  }
  return files;
}

function isLarger(a: BranchCount, b: BranchCount): boolean {
  return a.total > b.total || (a.total === b.total && a.covered > b.covered);
}
