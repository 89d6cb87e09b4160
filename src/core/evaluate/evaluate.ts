import { riskSettingsOf } from '../risk/risk-settings-of.js';
import { mergeCoverage } from '../coverage/merge-coverage.js';
import { parsePathMappings } from '../coverage/paths/path-mapping.js';
import { repositoryIndex } from '../coverage/paths/repository-index.js';
import { resolveCoveragePaths } from '../coverage/paths/resolve-coverage-paths.js';
import { summarizeTrackers } from '../risk/summarize-trackers.js';
import { mergeFindings } from '../sast/merge-findings.js';
import { resolveSastPaths } from '../sast/resolve-sast-paths.js';
import type { EvidenceBundle } from '../model/evidence-bundle.js';
import type { GateResult } from '../model/gate-result.js';
import type { GateWaiver } from '../model/gate-waiver.js';
import { waivedBy } from '../model/gate-waiver.js';
import type { EvidenceSnapshot, Verdict, VerdictValue } from '../model/verdict.js';
import { branchTotals, lineTotals } from '../coverage/coverage-totals.js';
import type { GateRule, Rules } from '../rules/rules.js';
import { plural } from '../text/plural.js';
import type { GateContext } from './gate-context.js';
import { checklistGate } from './gates/checklist-gate.js';
import { coverageGate } from './gates/coverage-gate.js';
import { issuesGate } from './gates/issues-gate.js';
import { sastGate } from './gates/sast-gate.js';
import { todosGate } from './gates/todos-gate.js';
import { applyGateWaivers } from './apply-gate-waivers.js';
import { gradeOf } from './grade-of.js';
import { scoreCategories } from './score-categories.js';
import { topRisks } from './top-risks.js';

function evaluateGate(gate: GateRule, context: GateContext): GateResult {
  const check = gate.check;
  switch (check.kind) {
    case 'coverage':
      return coverageGate(gate, check, context);
    case 'sast':
      return sastGate(gate, check, context);
    case 'issues':
      return issuesGate(gate, check, context);
    case 'checklist':
      return checklistGate(gate, check, context);
    case 'todos':
      return todosGate(gate, check, context);
  }
}

/**
 * Evaluates the rules against the evidence:
 * 1. every gate → pass, fail (with evidence) or not applicable; then a failed gate with a live whole-gate waiver
 *    (`options.gateWaivers`) → waived: still evaluated and shown with what failed, but failing nothing;
 * 2. the readiness score over the categories that have data;
 * 3. the verdict: a failed block gate → no-go; else a failed warn gate or a score under `min-score` →
 *    go-with-warnings; else go. Nothing evaluated at all → no-go (a gate never passes because it saw nothing).
 *    The reason names the waived gates and who waived them.
 */
export function evaluate(
  rules: Rules,
  bundle: EvidenceBundle,
  options: { today: string; gateWaivers?: readonly GateWaiver[] },
): Verdict {
  // 0. Report paths → repository files (base reports the same way, so deltas and fingerprints compare like paths);
  //    the same SAST problem reported by several tools merged into one.
  const repository = bundle.repository.files ? repositoryIndex(bundle.repository.files) : null;
  const pathOptions = {
    mappings: parsePathMappings(rules.inputs.pathMappings),
    goModule: bundle.repository.goModule,
  };
  const coveragePaths = resolveCoveragePaths(bundle.coverage.reports, repository, pathOptions);
  const baseCoverage = bundle.baseCoverage.configured
    ? mergeCoverage(resolveCoveragePaths(bundle.baseCoverage.reports, repository, pathOptions).reports)
    : null;
  const sastPaths = resolveSastPaths(bundle.sast.reports, repository, pathOptions);
  const baseSast = bundle.baseSast.configured
    ? resolveSastPaths(bundle.baseSast.reports, repository, pathOptions).reports
    : null;
  const context: GateContext = {
    rules,
    bundle,
    today: options.today,
    coverage: mergeCoverage(coveragePaths.reports),
    baseCoverage,
    coveragePaths,
    sast: {
      reports: sastPaths.reports,
      findings: mergeFindings(sastPaths.reports),
      baseFingerprints:
        baseSast || bundle.baselineFingerprints
          ? new Set([
              ...(baseSast ?? []).flatMap((report) => report.findings.map((finding) => finding.fingerprint)),
              ...(bundle.baselineFingerprints ?? []),
            ])
          : null,
      unresolved: sastPaths.unresolved,
    },
  };

  // 1. Gates, then the whole-gate waivers a maintainer granted (`/gonogo waive`): a waived gate is evaluated but
  //    fails nothing.
  const gates = applyGateWaivers(
    rules.gates.map((gate) => evaluateGate(gate, context)),
    options.gateWaivers ?? [],
    options.today,
  );
  const failed = (level: GateRule['level']) =>
    gates.filter((gate) => gate.status === 'fail' && gate.level === level);
  const blocking = failed('block');
  const warnings = failed('warn');
  const waived = gates.filter((gate) => gate.status === 'waived');

  // 2. Score.
  const categories = scoreCategories(context);
  const scored = categories.filter((category) => category.score !== null && category.weight > 0);
  const totalWeight = scored.reduce((sum, category) => sum + category.weight, 0);
  const score =
    totalWeight === 0
      ? 0
      : Math.round(
          scored.reduce((sum, category) => sum + (category.score ?? 0) * category.weight, 0) / totalWeight,
        );
  const grade = gradeOf(score, blocking.length > 0);

  // 3. Verdict.
  const evaluated = gates.filter((gate) => gate.status !== 'not-applicable');
  let verdict: VerdictValue;
  let reason: string;
  const ids = (list: GateResult[]) => list.map((gate) => gate.id).join(', ');
  // `1 waived (coverage-overall by @alice)`: who accepted which failure, in every reason that has one.
  const waivedList = waived
    .map((gate) => `${gate.id} by ${gate.waiver ? waivedBy(gate.waiver, false) : '?'}`)
    .join(', ');
  const andWaived = waived.length ? `; ${waived.length} waived (${waivedList})` : '';
  if (evaluated.length === 0) {
    verdict = 'no-go';
    reason = gates.length
      ? 'nothing was evaluated: no gate had an input to judge (give reports or trackers)'
      : 'nothing was evaluated: the rules define no gate';
  } else if (blocking.length) {
    verdict = 'no-go';
    reason = `${plural(blocking.length, 'blocking gate')} failed: ${ids(blocking)}${andWaived}`;
  } else if (warnings.length) {
    verdict = 'go-with-warnings';
    reason = `${plural(warnings.length, 'warning gate')} failed: ${ids(warnings)}${andWaived}`;
  } else if (score < rules.readiness.minScore) {
    verdict = 'go-with-warnings';
    const passed = waived.length ? `passed or was waived (${waivedList})` : 'passed';
    reason = `every gate ${passed}, but the readiness score ${score} is under ${rules.readiness.minScore}`;
  } else {
    verdict = 'go';
    const passed = `${plural(evaluated.length - waived.length, 'gate')} passed`;
    reason = waived.length ? `${passed}, ${waived.length} waived (${waivedList})` : passed;
  }

  // 4. Tracked items: counts, risk, domains (for the report; gates read the items themselves).
  const trackers = bundle.trackers.configured
    ? summarizeTrackers(bundle.trackers.reports, riskSettingsOf(rules), options.today)
    : null;

  // 5. What a later change is compared with.
  const snapshot: EvidenceSnapshot = {
    coverage: bundle.coverage.reports.length
      ? Object.fromEntries(
          [...context.coverage.values()]
            .filter((file) => file.resolved !== false)
            .map((file) => {
              const lines = lineTotals(file);
              const branches = branchTotals(file);
              return [
                file.path,
                {
                  lines: [lines.covered, lines.total],
                  branches: branches ? [branches.covered, branches.total] : null,
                },
              ];
            }),
        )
      : null,
    fingerprints: bundle.sast.reports.length
      ? [...new Set(context.sast.findings.flatMap((finding) => finding.fingerprints))].sort()
      : null,
  };

  return { verdict, score, grade, reason, gates, categories, topRisks: topRisks(gates), trackers, snapshot };
}
