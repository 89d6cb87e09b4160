import type { BranchCount, FileCoverage } from '../../../model/coverage.js';

/**
 * Records branches on a line where no statement starts, without making it a coverable line: a default parameter
 * in `function f(a = 1) {` or the `?:` on the second line of a statement is a branch on a line istanbul gives no
 * line count. `FileCoverageAccumulator.add` would add a line with 0 hits, turning a line that is not coverable
 * into an uncovered one. The same line seen again keeps the larger listing, as the accumulator does.
 */
export function addBranchOnlyLine(file: FileCoverage, line: number, branch: BranchCount): void {
  const branches = (file.branches ??= new Map());
  const known = branches.get(line);
  if (
    !known ||
    branch.total > known.total ||
    (branch.total === known.total && branch.covered > known.covered)
  ) {
    branches.set(line, branch);
  }
}
