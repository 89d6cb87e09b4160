import { describeInputs } from './describe-inputs.js';
import { trackedItemJson } from './tracked-item-json.js';
import type { ReportInput } from './report-input.js';

/**
 * The JSON document of `gonogo check --format json`. Fields may be added, never renamed or removed:
 * `verdict`, `score`, `grade`, `reason`, `gates[]` (with `passed`: true, false, or null when not applicable, and
 * `waiver`: who accepted a failed gate, or null), `failedGates`, `waivedGates`, `categories`, `topRisks`, `inputs`,
 * `rules`. A waived gate did not pass (`passed: false`, `status: "waived"`) but is not in `failedGates`: scripts that
 * act on failures must not act on it.
 */
export function toCheckJson(input: ReportInput): unknown {
  const { verdict } = input;
  return {
    verdict: verdict.verdict,
    score: verdict.score,
    grade: verdict.grade,
    reason: verdict.reason,
    failedGates: verdict.gates.filter((gate) => gate.status === 'fail').map((gate) => gate.id),
    waivedGates: verdict.gates.filter((gate) => gate.status === 'waived').map((gate) => gate.id),
    gates: verdict.gates.map((gate) => ({
      ...gate,
      passed: gate.status === 'not-applicable' ? null : gate.status === 'pass',
    })),
    categories: verdict.categories,
    topRisks: verdict.topRisks,
    trackers: verdict.trackers && {
      total: verdict.trackers.total,
      counts: verdict.trackers.counts,
      open: verdict.trackers.open.length,
      topOpenRisks: verdict.trackers.open.slice(0, 20).map(trackedItemJson),
      domains: verdict.trackers.domains.map(({ top, ...domain }) => ({ ...domain, top: top?.key ?? null })),
    },
    inputs: describeInputs(input.bundle),
    rules: input.rulesSources,
    evaluatedOn: input.today,
  };
}
