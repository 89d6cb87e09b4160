import type { Confidence } from '../../model/finding.js';
import type { EvidenceItem, GateResult } from '../../model/gate-result.js';
import { isAtLeastSeverity, severityRank } from '../../model/severity.js';
import type { GateRule, SastCheck } from '../../rules/rules.js';
import type { MergedFinding } from '../../sast/merge-findings.js';
import { isOpenFinding } from '../../sast/summarize-findings.js';
import { plural } from '../../text/plural.js';
import { applyWaivers } from '../apply-waivers.js';
import type { GateContext } from '../gate-context.js';
import { measuredResult, missingInput, requireFamily } from '../gate-outcome.js';
import { waiverNotes } from '../waiver-notes.js';
import { sastScope } from './sast-scope.js';

type Limit = SastCheck['limits'][number];

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

const place = (finding: MergedFinding) =>
  finding.path === null
    ? '(no location)'
    : finding.line === null
      ? finding.path
      : `${finding.path}:${finding.line}`;

/** A finding as evidence: `CodeQL, Semgrep js/xss src/a.ts:12`, why: `high: message`. */
export function findingEvidence(finding: MergedFinding): EvidenceItem {
  return {
    label: `${finding.tools.join(', ')} ${finding.ruleId} ${place(finding)}`,
    why: `${finding.severity}: ${finding.message}`,
    severity: finding.severity,
    ...(finding.path !== null && finding.resolved !== false ? { path: finding.path } : {}),
    ...(finding.line !== null ? { line: finding.line } : {}),
    ...(finding.endLine !== null ? { endLine: finding.endLine } : {}),
  };
}

const inLimit = (limit: Limit) => (finding: MergedFinding) =>
  limit.orWorse ? isAtLeastSeverity(finding.severity, limit.severity) : finding.severity === limit.severity;

const describeLimit = (limit: Limit) => `≤ ${limit.max} ${limit.severity}${limit.orWorse ? '+' : ''}`;

/**
 * SAST gate: open, unwaived findings of the gate's tools, scope and confidence, at most `max` per limit
 * ("high or worse", or per severity); a scanner run that did not complete fails it unless the rules accept that.
 */
export function sastGate(gate: GateRule, check: SastCheck, context: GateContext): GateResult {
  const threshold = check.limits.map(describeLimit).join(', ');
  const input = context.bundle.sast;
  const missing = requireFamily(gate, threshold, input, 'SAST');
  if (missing) return missing;
  if (check.scope === 'new' && context.bundle.baseSast.configured) {
    const base = context.bundle.baseSast;
    if (base.problems.length > 0 || base.reports.length === 0)
      return missingInput(
        gate,
        threshold,
        `base SAST report missing: ${base.problems[0] ?? 'no report read'}`,
      );
  }

  // 1. The runs and findings of the gate's tools.
  const toolFilter = check.tools?.map((tool) => tool.toLowerCase()) ?? null;
  const ofTools = (tool: string) => toolFilter === null || toolFilter.includes(tool.toLowerCase());
  const runs = input.reports
    .flatMap((report) => report.runs.map((run) => ({ ...run, source: report.source })))
    .filter((run) => ofTools(run.tool));
  if (runs.length === 0) {
    const which = toolFilter ? ` of ${check.tools?.join(', ')}` : '';
    return missingInput(gate, threshold, `the SAST reports hold no scanner run${which}`);
  }
  const open = context.sast.findings.filter(
    (finding) => isOpenFinding(finding) && finding.tools.some(ofTools),
  );

  // 2. Scope, confidence, waivers.
  const scoped = sastScope(open, check.scope, context.sast, context.bundle.diff);
  const notes = [...scoped.notes];
  const minConfidence = check.minConfidence;
  const confident =
    minConfidence === null
      ? scoped.findings
      : scoped.findings.filter(
          (finding) =>
            finding.confidence === null ||
            CONFIDENCE_RANK[finding.confidence] <= CONFIDENCE_RANK[minConfidence],
        );
  if (confident.length < scoped.findings.length)
    notes.push(
      `${plural(scoped.findings.length - confident.length, 'finding')} below ${minConfidence} confidence left out`,
    );
  const { kept, waived, expired } = applyWaivers(confident, context.rules.waivers, gate.id, context.today);
  notes.push(...waiverNotes(waived, expired, 'finding'));

  // 3. Limits and incomplete runs.
  const counted = kept
    .filter((finding) => check.limits.some((limit) => inLimit(limit)(finding)))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || place(a).localeCompare(place(b)));
  const exceeded = check.limits
    .map((limit) => ({ limit, count: counted.filter(inLimit(limit)).length }))
    .filter(({ limit, count }) => count > limit.max);
  const merged = counted.filter((finding) => finding.reports > 1).length;
  if (merged) notes.push(`${plural(merged, 'finding')} reported by several tools or runs, counted once`);
  const outside = counted.filter((finding) => finding.path !== null && finding.resolved === false);
  if (outside.length)
    notes.push(
      `${plural(outside.length, 'finding')} outside the repository's files (e.g. ${outside[0]?.path}): counted, no annotation`,
    );
  const incomplete = runs.filter((run) => !run.complete);
  const incompleteEvidence: EvidenceItem[] = check.allowIncomplete
    ? []
    : incomplete.map((run) => ({
        label: `${run.tool} run in ${run.source}`,
        why: `incomplete: ${run.incompleteReason ?? 'the scanner did not complete'}`,
      }));
  if (check.allowIncomplete && incomplete.length)
    notes.push(`${plural(incomplete.length, 'incomplete run')} accepted by the rules`);

  const passed = exceeded.length === 0 && incompleteEvidence.length === 0;
  const what =
    check.limits.length === 1 && check.limits[0]?.orWorse
      ? `${check.limits[0].severity} or worse`
      : 'counted';
  const summary = [
    `${plural(counted.length, 'open finding')} ${what} in ${plural(runs.length, 'run')}`,
    ...(check.limits.length > 1 ? exceeded : []).map(
      ({ limit, count }) => `${count} ${limit.severity}${limit.orWorse ? '+' : ''} > ${limit.max}`,
    ),
    ...(incompleteEvidence.length ? [plural(incompleteEvidence.length, 'incomplete run')] : []),
  ].join('; ');
  const fixes = exceeded.map(({ limit, count }) => {
    const examples = counted.filter(inLimit(limit));
    return `fix or waive ${plural(count - limit.max, `${limit.severity}${limit.orWorse ? '+' : ''} finding`)} (${examples
      .slice(0, 3)
      .map((f) => `${f.ruleId} at ${place(f)}`)
      .join('; ')}${examples.length > 3 ? '…' : ''})`;
  });
  const action = [
    ...(incompleteEvidence.length
      ? ['Re-run the scanners that did not complete (or accept it with allow-incomplete)']
      : []),
    ...fixes,
  ].join('; ');
  return measuredResult(gate, passed, {
    measured: plural(counted.length, 'finding'),
    threshold,
    value: counted.length,
    summary,
    evidence: [...incompleteEvidence, ...counted.map(findingEvidence)],
    notes,
    action: `${action.charAt(0).toUpperCase()}${action.slice(1)}.`,
  });
}
