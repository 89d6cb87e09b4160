import { coverageTotals, percentOf } from '../coverage/coverage-totals.js';
import type { Severity } from '../model/severity.js';
import type { CategoryScore } from '../model/verdict.js';
import { isOpenFinding } from '../sast/summarize-findings.js';
import { formatPercent } from '../text/format-percent.js';
import { plural } from '../text/plural.js';
import { applyWaivers } from './apply-waivers.js';
import { daysBetween } from './days-between.js';
import type { GateContext } from './gate-context.js';

/** Points an open finding takes off the security score. */
export const FINDING_PENALTY: Readonly<Record<Severity, number>> = {
  critical: 40,
  high: 20,
  medium: 5,
  low: 1,
  info: 0,
};
/** Points an open tracked item takes off the issues score, by priority (or severity when it has no priority). */
export const ITEM_PENALTY = { P0: 25, P1: 10, P2: 3, P3: 1, P4: 0 } as const;
const SEVERITY_AS_PRIORITY = { critical: 'P0', high: 'P1', medium: 'P2', low: 'P3', info: 'P4' } as const;
/** Extra points an overdue open item takes off. */
export const OVERDUE_PENALTY = 5;

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

/**
 * Scores each readiness category 0–100 from the data itself (see README "Readiness score"); a category without
 * data gets `null` and does not count.
 */
export function scoreCategories(context: GateContext): CategoryScore[] {
  const { bundle, rules } = context;
  const weights = rules.readiness.weights;

  const lines = coverageTotals(context.coverage.values()).lines;
  const linePercent = percentOf(lines);
  const coverage: CategoryScore = {
    category: 'coverage',
    score: linePercent === null ? null : clamp(Math.floor(linePercent)),
    weight: weights.coverage,
    basis:
      linePercent === null
        ? 'no coverage data'
        : `${formatPercent(linePercent)} of ${plural(lines.total, 'coverable line')} covered`,
  };

  const runs = bundle.sast.reports.reduce((count, report) => count + report.runs.length, 0);
  const open = applyWaivers(
    context.sast.findings.filter(isOpenFinding),
    rules.waivers.filter((waiver) => waiver.gate === null),
    '',
    context.today,
  ).kept;
  const penalty = open.reduce((sum, finding) => sum + FINDING_PENALTY[finding.severity], 0);
  const worst = (['critical', 'high', 'medium', 'low'] as const)
    .map((severity) => [severity, open.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  const security: CategoryScore = {
    category: 'security',
    score: runs === 0 ? null : clamp(100 - penalty),
    weight: weights.security,
    basis:
      runs === 0
        ? 'no SAST scan'
        : worst.length
          ? `open findings: ${worst.join(', ')}`
          : `no open finding in ${plural(runs, 'scanner run')}`,
  };

  const items = bundle.trackers.reports.flatMap((report) => report.items);
  const rankedItems = items.filter((item) => item.priority !== null || item.severity !== null);
  const openRanked = rankedItems.filter((item) => item.state === 'open' && item.status !== 'dropped');
  let itemPenalty = 0;
  let overdue = 0;
  for (const item of openRanked) {
    const priority = item.priority ?? SEVERITY_AS_PRIORITY[item.severity ?? 'info'];
    itemPenalty += ITEM_PENALTY[priority];
    if (item.due !== null && daysBetween(item.due, context.today) > 0) {
      itemPenalty += OVERDUE_PENALTY;
      overdue++;
    }
  }
  const issues: CategoryScore = {
    category: 'issues',
    score: rankedItems.length === 0 ? null : clamp(100 - itemPenalty),
    weight: weights.issues,
    basis:
      rankedItems.length === 0
        ? items.length
          ? 'no tracked item has a priority or severity'
          : 'no tracker'
        : `${plural(openRanked.length, 'open prioritized item')}${overdue ? `, ${overdue} overdue` : ''}`,
  };

  const checklistItems = items.filter(
    (item) => item.source.kind === 'checklist' && item.status !== 'dropped',
  );
  const credit = checklistItems.reduce(
    (sum, item) =>
      sum +
      (item.status === 'done' ? 1 : item.status === 'partial' || item.status === 'in-progress' ? 0.5 : 0),
    0,
  );
  const checklist: CategoryScore = {
    category: 'checklist',
    score: checklistItems.length === 0 ? null : clamp(Math.floor((100 * credit) / checklistItems.length)),
    weight: weights.checklist,
    basis:
      checklistItems.length === 0
        ? 'no checklist'
        : `${checklistItems.filter((item) => item.status === 'done').length} of ${plural(checklistItems.length, 'checklist item')} done`,
  };

  return [coverage, security, issues, checklist];
}
