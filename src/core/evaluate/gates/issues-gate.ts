import type { EvidenceItem, GateResult } from '../../model/gate-result.js';
import { isAtLeastSeverity } from '../../model/severity.js';
import type { TrackedItem } from '../../model/tracked-item.js';
import type { GateRule, IssuesCheck } from '../../rules/rules.js';
import { plural } from '../../text/plural.js';
import type { GateContext } from '../gate-context.js';
import { measuredResult, missingInput, notApplicable, requireFamily } from '../gate-outcome.js';
import { selectModules } from '../select-modules.js';
import { itemDeadline } from '../../risk/item-deadline.js';
import { daysBetween } from '../days-between.js';

/** The filter of an issues gate in words: `open P0 or critical items`. */
export function describeIssuesFilter(check: IssuesCheck): string {
  const rank = [
    ...(check.priorities ? [check.priorities.join('/')] : []),
    ...(check.severity ? [check.severity === 'critical' ? 'critical' : `${check.severity}+`] : []),
  ].join(' or ');
  const state = check.state === 'any' ? '' : `${check.state} `;
  const overdue = check.overdue ? 'overdue ' : '';
  return `${overdue}${state}${rank ? `${rank} ` : ''}items`;
}

/** Issues gate: tracked items matching a filter, at most `max`. */
export function issuesGate(gate: GateRule, check: IssuesCheck, context: GateContext): GateResult {
  const threshold = `≤ ${check.max}`;
  const input = context.bundle.trackers;
  const missing = requireFamily(gate, threshold, input, 'tracker');
  if (missing) return missing;
  const items = input.reports.flatMap((report) => report.items);
  if (items.length === 0) return missingInput(gate, threshold, 'the trackers hold no items');

  // Whether the rules select anything to judge comes before asking the data anything.
  let moduleNames: string[] | null = null;
  if (check.modules !== null) {
    moduleNames = selectModules(check.modules, context.rules);
    if (moduleNames.length === 0)
      return notApplicable(gate, threshold, 'no module is marked critical in the rules');
  }

  const notes: string[] = [];
  // Priority and severity together mean "either": the seeds' "P0/Critical".
  const ranked = check.priorities !== null || check.severity !== null;
  if (ranked) {
    const readable = items.filter(
      (item) => (check.priorities && item.priority) || (check.severity && item.severity),
    );
    if (readable.length === 0) {
      const fields = [check.priorities ? 'a priority' : null, check.severity ? 'a severity' : null]
        .filter(Boolean)
        .join(' or ');
      return missingInput(
        gate,
        threshold,
        `none of the ${plural(items.length, 'tracked item')} has ${fields}`,
      );
    }
    if (readable.length < items.length)
      notes.push(
        `${plural(items.length - readable.length, 'item')} without a priority or severity cannot be judged on it`,
      );
  }
  const matchesRank = (item: TrackedItem) =>
    !ranked ||
    (check.priorities !== null && item.priority !== null && check.priorities.includes(item.priority)) ||
    (check.severity !== null && item.severity !== null && isAtLeastSeverity(item.severity, check.severity));
  // Late against the due date, else against the SLA of the item's priority (`risk.sla-days`), as risk counts it.
  const deadlineOf = (item: TrackedItem) => itemDeadline(item, context.rules.risk.slaDays);
  const overdueDays = (item: TrackedItem) => {
    const deadline = deadlineOf(item);
    return deadline === null ? null : daysBetween(deadline.date, context.today);
  };
  const counted = items.filter(
    (item) =>
      (check.state === 'any' || item.state === check.state) &&
      item.status !== 'dropped' &&
      matchesRank(item) &&
      (!check.overdue || (overdueDays(item) ?? 0) > 0) &&
      (moduleNames === null ||
        moduleNames.some(
          (name) =>
            item.module?.toLowerCase() === name.toLowerCase() ||
            item.labels.some((label) => label.toLowerCase() === name.toLowerCase()),
        )) &&
      (check.labels === null || check.labels.some((label) => item.labels.includes(label))),
  );
  if (check.overdue && items.every((item) => deadlineOf(item) === null)) {
    // Nothing can be late without a date to be late against: fail closed rather than pass on no data.
    return missingInput(
      gate,
      threshold,
      `none of the ${plural(items.length, 'tracked item')} has a due date, or a priority and a creation date for its SLA`,
    );
  }
  if (check.overdue) {
    const undated = items.filter((item) => deadlineOf(item) === null).length;
    const bySla = counted.filter((item) => deadlineOf(item)?.fromSla).length;
    if (bySla) notes.push(`${plural(bySla, 'item')} without a due date held to the SLA of its priority`);
    if (undated)
      notes.push(
        `${plural(undated, 'item')} with neither a due date nor a priority and creation date cannot be overdue`,
      );
  }

  const evidence: EvidenceItem[] = counted.map((item) => {
    const days = overdueDays(item);
    const why = [
      item.state,
      item.priority,
      item.severity,
      item.status,
      days !== null && days > 0
        ? `overdue ${plural(days, 'day')}${deadlineOf(item)?.fromSla ? ' (SLA)' : ''}`
        : null,
      item.module ? `module ${item.module}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    return {
      label: item.key.includes('#L') ? item.title : `${item.key} ${item.title}`,
      why,
      priority: item.priority,
      ...(item.severity ? { severity: item.severity } : {}),
      ...(item.source.kind === 'checklist' ? { path: item.source.file } : {}),
      ...(item.source.line !== null ? { line: item.source.line } : {}),
    };
  });
  return measuredResult(gate, counted.length <= check.max, {
    measured: plural(counted.length, 'item'),
    threshold,
    value: counted.length,
    summary: `${plural(counted.length, describeIssuesFilter(check).replace(/ items$/, ' item'), describeIssuesFilter(check))} among ${items.length}`,
    evidence,
    notes,
    action: `Close, resolve or re-prioritize ${plural(counted.length - check.max, describeIssuesFilter(check).replace(/ items$/, ' item'), describeIssuesFilter(check))}, starting with ${evidence
      .slice(0, 2)
      .map((item) => item.label)
      .join('; ')}.`,
  });
}
