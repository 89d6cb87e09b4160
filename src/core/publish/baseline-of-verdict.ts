import type { Verdict } from '../model/verdict.js';
import type { Baseline } from './baseline.js';

/** What a default-branch commit's evaluation leaves for later pull requests to compare with. */
export function baselineOfVerdict(verdict: Verdict, sha: string): Baseline {
  const coverage = Object.entries(verdict.snapshot.coverage ?? {});
  return {
    version: 1,
    sha,
    coverage: Object.fromEntries(coverage.map(([path, totals]) => [path, totals.lines])),
    branches: Object.fromEntries(
      coverage.flatMap(([path, totals]) => (totals.branches ? [[path, totals.branches]] : [])),
    ),
    fingerprints: verdict.snapshot.fingerprints ?? [],
  };
}
