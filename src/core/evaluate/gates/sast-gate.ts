import type { Finding } from '../../model/finding.js';
import type { EvidenceItem, GateResult } from '../../model/gate-result.js';
import { isAtLeastSeverity, severityRank } from '../../model/severity.js';
import type { GateRule, SastCheck } from '../../rules/rules.js';
import { isOpenFinding } from '../../sast/summarize-findings.js';
import { plural } from '../../text/plural.js';
import { applyWaivers } from '../apply-waivers.js';
import type { GateContext } from '../gate-context.js';
import { measuredResult, missingInput, requireFamily } from '../gate-outcome.js';
import { samePath } from '../path-matches.js';

const place = (finding: Finding) =>
  finding.path === null
    ? '(no location)'
    : finding.line === null
      ? finding.path
      : `${finding.path}:${finding.line}`;

/** A finding as evidence: `CodeQL js/xss src/a.ts:12`, why: `high: message`. */
export function findingEvidence(finding: Finding): EvidenceItem {
  return {
    label: `${finding.tool} ${finding.ruleId} ${place(finding)}`,
    why: `${finding.severity}: ${finding.message}`,
    severity: finding.severity,
    ...(finding.path !== null ? { path: finding.path } : {}),
    ...(finding.line !== null ? { line: finding.line } : {}),
    ...(finding.endLine !== null ? { endLine: finding.endLine } : {}),
  };
}

/** Findings on lines a diff adds or changes. */
function onChangedLines(finding: Finding, diff: Map<string, Set<number>>): boolean {
  if (finding.path === null || finding.line === null) return false;
  for (const [path, lines] of diff) {
    if (!samePath(path, finding.path)) continue;
    for (let line = finding.line; line <= (finding.endLine ?? finding.line); line++)
      if (lines.has(line)) return true;
  }
  return false;
}

/** SAST gate: open, unsuppressed, unwaived findings at or above a severity, at most `max`; incomplete runs fail. */
export function sastGate(gate: GateRule, check: SastCheck, context: GateContext): GateResult {
  const threshold = `≤ ${check.max} ${check.severity}+`;
  const input = context.bundle.sast;
  const missing = requireFamily(gate, threshold, input, 'SAST');
  if (missing) return missing;

  const toolFilter = check.tools?.map((tool) => tool.toLowerCase()) ?? null;
  const ofTools = (tool: string) => toolFilter === null || toolFilter.includes(tool.toLowerCase());
  const runs = input.reports
    .flatMap((report) => report.runs.map((run) => ({ ...run, source: report.source })))
    .filter((run) => ofTools(run.tool));
  if (runs.length === 0) {
    const which = toolFilter ? ` of ${check.tools?.join(', ')}` : '';
    return missingInput(gate, threshold, `the SAST reports hold no scanner run${which}`);
  }

  const notes: string[] = [];
  let findings = input.reports
    .flatMap((report) => report.findings)
    .filter((finding) => ofTools(finding.tool) && isOpenFinding(finding));
  if (check.scope === 'new') {
    const diff = context.bundle.diff;
    if (diff) findings = findings.filter((finding) => onChangedLines(finding, diff));
    else if (findings.some((finding) => finding.baselineState !== null)) {
      findings = findings.filter(
        (finding) => finding.baselineState === 'new' || finding.baselineState === null,
      );
      notes.push('new findings taken from the reports’ baselineState');
    } else notes.push('no diff and no baseline: every open finding counts as new');
  }
  const { kept, waived, expired } = applyWaivers(findings, context.rules.waivers, gate.id, context.today);
  if (waived.length) notes.push(`${plural(waived.length, 'finding')} waived`);
  for (const { finding, waiver } of expired) {
    notes.push(`waiver "${waiver.match}" expired on ${waiver.expires}: ${finding.ruleId} counts again`);
  }

  const counted = kept
    .filter((finding) => isAtLeastSeverity(finding.severity, check.severity))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || place(a).localeCompare(place(b)));
  const incomplete = runs.filter((run) => !run.complete);
  const incompleteEvidence: EvidenceItem[] = check.allowIncomplete
    ? []
    : incomplete.map((run) => ({
        label: `${run.tool} run in ${run.source}`,
        why: `incomplete: ${run.incompleteReason ?? 'the scanner did not complete'}`,
      }));
  if (check.allowIncomplete && incomplete.length)
    notes.push(`${plural(incomplete.length, 'incomplete run')} accepted by the rules`);

  const passed = counted.length <= check.max && incompleteEvidence.length === 0;
  const summary = [
    `${plural(counted.length, 'open finding')} ${check.severity} or worse in ${plural(runs.length, 'run')}`,
    ...(incompleteEvidence.length ? [`${plural(incompleteEvidence.length, 'incomplete run')}`] : []),
  ].join('; ');
  return measuredResult(gate, passed, {
    measured: plural(counted.length, 'finding'),
    threshold,
    value: counted.length,
    summary,
    evidence: [...incompleteEvidence, ...counted.map(findingEvidence)],
    notes,
    action:
      [
        ...(incompleteEvidence.length
          ? ['Re-run the scanners that did not complete (or accept it with allow-incomplete)']
          : []),
        ...(counted.length > check.max
          ? [
              `Fix or waive ${plural(counted.length - check.max, `${check.severity}+ finding`)} (${counted
                .slice(0, 3)
                .map((f) => `${f.ruleId} at ${place(f)}`)
                .join('; ')}${counted.length > 3 ? '…' : ''})`,
            ]
          : []),
      ].join('; ') + '.',
  });
}
