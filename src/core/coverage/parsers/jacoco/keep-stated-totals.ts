import type { FileCoverage } from '../../../model/coverage.js';
import type { StatedTotals } from './stated-counters.js';

/**
 * Stated totals of a file listed more than once (the same module in two groups of an aggregate report) cannot
 * be merged line by line: the listing with more lines, then more covered, stands, as branch counts do.
 */
export function keepStatedTotals(file: FileCoverage, stated: StatedTotals): void {
  const known = file.statedTotals?.lines;
  const larger =
    !known ||
    stated.lines.total > known.total ||
    (stated.lines.total === known.total && stated.lines.covered > known.covered);
  if (larger) file.statedTotals = { lines: stated.lines, branches: stated.branches };
}
