import type { CoverageReport } from '../model/coverage.js';
import { LineHits } from '../model/line-hits.js';
import type { EvidenceSnapshot } from '../model/verdict.js';

/**
 * The base commit's coverage, from a stored snapshot, as a report of per-file stated totals: enough for coverage
 * drop and per-file deltas, not for patch coverage (it has no line records, and says so through `totalsOnly`).
 */
export function baselineCoverageReport(
  coverage: NonNullable<EvidenceSnapshot['coverage']>,
  source: string,
): CoverageReport {
  return {
    source,
    format: 'gonogo-baseline',
    sourceRoots: [],
    totalsOnly: true,
    files: Object.entries(coverage).map(([path, totals]) => ({
      path,
      lines: new LineHits(),
      branches: null,
      statedTotals: {
        lines: { covered: totals.lines[0], total: totals.lines[1] },
        branches: totals.branches ? { covered: totals.branches[0], total: totals.branches[1] } : null,
      },
    })),
  };
}
