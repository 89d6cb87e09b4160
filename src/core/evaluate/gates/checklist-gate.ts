import type { GateResult } from '../../model/gate-result.js';
import type { TrackedItem } from '../../model/tracked-item.js';
import type { ChecklistCheck, GateRule } from '../../rules/rules.js';
import { formatPercent } from '../../text/format-percent.js';
import { plural } from '../../text/plural.js';
import type { GateContext } from '../gate-context.js';
import { measuredResult, missingInput, requireFamily } from '../gate-outcome.js';
import { globMatcher } from '../path-matches.js';

/** Whether an item lies under a heading containing `section` (case-insensitive). */
function inSection(item: TrackedItem, section: string): boolean {
  const wanted = section.trim().toLowerCase();
  return item.section.some((heading) => heading.toLowerCase().includes(wanted));
}

/** Checklist gate: the share of checklist items done (dropped items do not count), at least `min-done`. */
export function checklistGate(gate: GateRule, check: ChecklistCheck, context: GateContext): GateResult {
  const threshold = `≥ ${formatPercent(check.minDone)} done`;
  const input = context.bundle.trackers;
  const missing = requireFamily(gate, threshold, input, 'checklist');
  if (missing) return missing;
  const fileMatches = check.files ? globMatcher(check.files) : null;
  const reports = input.reports.filter((report) => fileMatches === null || fileMatches(report.source));
  if (reports.length === 0) {
    return missingInput(gate, threshold, `no tracker file matches ${check.files?.join(', ')}`);
  }
  const items = reports
    .flatMap((report) => report.items)
    .filter((item) => item.source.kind === 'checklist' && item.status !== 'dropped')
    .filter((item) => check.section === null || inSection(item, check.section));
  if (items.length === 0) {
    const where = check.section ? ` under a heading "${check.section}"` : '';
    return missingInput(
      gate,
      threshold,
      `no checklist item${where} in ${reports.map((r) => r.source).join(', ')}`,
    );
  }
  const done = items.filter((item) => item.status === 'done');
  const percent = (100 * done.length) / items.length;
  const undone = items.filter((item) => item.status !== 'done');
  return measuredResult(gate, percent >= check.minDone, {
    measured: `${formatPercent(percent)} done`,
    threshold,
    value: percent,
    summary: `${done.length} of ${plural(items.length, 'item')} done`,
    evidence: undone.map((item) => ({
      label: item.title,
      why: `${item.status}${item.section.length ? ` — ${item.section.join(' › ')}` : ''}`,
      path: item.source.file,
      ...(item.source.line !== null ? { line: item.source.line } : {}),
      priority: item.priority,
    })),
    action: `Complete ${plural(Math.ceil((check.minDone * items.length) / 100) - done.length, 'more checklist item')}${check.section ? ` under "${check.section}"` : ''}, starting with ${undone
      .slice(0, 2)
      .map((item) => item.title)
      .join('; ')}.`,
  });
}
