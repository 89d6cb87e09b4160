import type { FileCoverage, Ratio } from '../model/coverage.js';

/** Coverable and covered lines of one file, recomputed from its line records (stated totals when it has none). */
export function lineTotals(file: FileCoverage): Ratio {
  if (file.lines.size === 0 && file.statedTotals) return { ...file.statedTotals.lines };
  return { covered: file.lines.countCovered(), total: file.lines.size };
}

/** Covered and total branches of one file, or `null` when its format has no branch data. */
export function branchTotals(file: FileCoverage): Ratio | null {
  if (file.lines.size === 0 && file.statedTotals) {
    return file.statedTotals.branches ? { ...file.statedTotals.branches } : null;
  }
  if (!file.branches) return null;
  let covered = 0;
  let total = 0;
  for (const count of file.branches.values()) {
    covered += count.covered;
    total += count.total;
  }
  return { covered, total };
}

/** Sums of line and branch totals over files; branches `null` when no file has branch data. */
export function coverageTotals(files: Iterable<FileCoverage>): { lines: Ratio; branches: Ratio | null } {
  const lines: Ratio = { covered: 0, total: 0 };
  let branches: Ratio | null = null;
  for (const file of files) {
    const fileLines = lineTotals(file);
    lines.covered += fileLines.covered;
    lines.total += fileLines.total;
    const fileBranches = branchTotals(file);
    if (fileBranches) {
      branches ??= { covered: 0, total: 0 };
      branches.covered += fileBranches.covered;
      branches.total += fileBranches.total;
    }
  }
  return { lines, branches };
}

/** Percent covered, or `null` (rendered n/a) when there is nothing to cover. Never NaN. */
export function percentOf(ratio: Ratio): number | null {
  return ratio.total > 0 ? (100 * ratio.covered) / ratio.total : null;
}
