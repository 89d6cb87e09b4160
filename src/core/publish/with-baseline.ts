import type { EvidenceBundle } from '../model/evidence-bundle.js';
import type { Baseline } from './baseline.js';
import { baselineCoverageReport } from './baseline-coverage-report.js';

/**
 * The evidence compared with a stored baseline of the base commit: its fingerprints tell new findings from old,
 * and its coverage stands in for base coverage reports when coverage is configured and none were given.
 */
export function withBaseline(bundle: EvidenceBundle, baseline: Baseline | null): EvidenceBundle {
  if (!baseline) return bundle;
  const label = `baseline of ${baseline.sha.slice(0, 7)}`;
  const useCoverage = Object.keys(baseline.coverage).length > 0 && bundle.coverage.configured;
  return {
    ...bundle,
    baselineFingerprints: baseline.fingerprints,
    baseCoverage: useCoverage
      ? {
          configured: true,
          requested: [label],
          reports: [
            baselineCoverageReport(
              Object.fromEntries(
                Object.entries(baseline.coverage).map(([path, lines]) => [
                  path,
                  { lines, branches: baseline.branches?.[path] ?? null },
                ]),
              ),
              label,
            ),
          ],
          problems: [],
        }
      : bundle.baseCoverage,
  };
}
