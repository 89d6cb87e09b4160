import type { ItemStatus, TrackerReport } from '../model/tracked-item.js';
import { ITEM_STATUSES } from '../model/tracked-item.js';
import { PRIORITY_ROWS } from '../risk/summarize-trackers.js';
import type { RiskedItem, TrackerSummary } from '../risk/summarize-trackers.js';
import { plural } from '../text/plural.js';
import { escapeMarkdown as md, inlineCode } from './escape-markdown.js';
import { markdownTable } from './table.js';

const TOP_RISKS = 10;
const WARNINGS_SHOWN = 10;

const STATUS_LABEL: Readonly<Record<ItemStatus, string>> = {
  todo: 'To do',
  'in-progress': 'In progress',
  partial: 'Partial',
  blocked: 'Blocked',
  done: 'Done',
  dropped: 'Dropped',
};

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Counts by priority (rows) and status (columns), with totals: every item once, so the table adds up. */
function executiveSummary(summary: TrackerSummary): string[] {
  const rows = PRIORITY_ROWS.filter((row) => sum(Object.values(summary.counts[row])) > 0);
  const statusTotal = (status: ItemStatus) => sum(PRIORITY_ROWS.map((row) => summary.counts[row][status]));
  const statuses = ITEM_STATUSES.filter((status) => statusTotal(status) > 0);
  const open = summary.open.length;
  const lines = [
    `${plural(summary.total, 'tracked item')}: ${open} open, ${statusTotal('done')} done, ${statusTotal('dropped')} dropped.`,
    '',
  ];
  if (summary.total === 0) return lines;
  return [
    ...lines,
    ...markdownTable(
      ['Priority', ...statuses.map((status) => STATUS_LABEL[status]), 'Total'],
      [
        ...rows.map((row) => [
          row === 'unknown' ? 'no priority' : row,
          ...statuses.map((status) => String(summary.counts[row][status])),
          String(sum(Object.values(summary.counts[row]))),
        ]),
        ['**Total**', ...statuses.map((status) => `**${statusTotal(status)}**`), `**${summary.total}**`],
      ],
    ),
    '',
  ];
}

const dash = (value: string | null | undefined) => (value ? md(value) : '—');

function riskRow(item: RiskedItem, index: number): string[] {
  return [
    String(index + 1),
    md(item.key),
    md(item.title),
    dash(item.module),
    item.priority ?? (item.severity ? item.severity : '—'),
    STATUS_LABEL[item.status],
    item.due ?? '—',
    item.daysOverdue !== null && item.daysOverdue > 0 ? `${item.daysOverdue} d` : '—',
    `**${item.risk ?? 0}**`,
    inlineCode(item.reasons.join(' '), true),
  ];
}

function domainReadiness(summary: TrackerSummary): string[] {
  const domains = summary.domains.filter((domain) => domain.total > 0);
  if (domains.length === 0)
    return [
      'No tracked item names a readiness domain (security, compliance, data, reliability, performance, observability).',
      '',
    ];
  return [
    ...markdownTable(
      ['Domain', 'Items', 'Open', 'Open P0/P1 or high+', 'Done', 'Highest open risk'],
      domains.map((domain) => [
        domain.domain,
        String(domain.total),
        String(domain.open),
        String(domain.openUrgent),
        `${domain.done}/${domain.total}`,
        domain.top ? `${md(domain.top.key)} ${md(domain.top.title)} (risk ${domain.top.risk ?? 0})` : '—',
      ]),
    ),
    '',
  ];
}

/**
 * The tracker part of the readiness report: executive summary (counts by priority and status that add up), top
 * open risks with every point of their score explained, readiness per domain, and data-quality warnings.
 * Every cell is filled, with `—` where the tracker does not say.
 */
export function trackerSections(summary: TrackerSummary, reports: readonly TrackerReport[]): string[] {
  const out = ['### Executive summary', '', ...executiveSummary(summary)];
  out.push('### Top open risks', '');
  if (summary.open.length === 0) out.push('No open tracked item.', '');
  else {
    out.push(
      ...markdownTable(
        ['#', 'Key', 'Title', 'Module', 'Priority', 'Status', 'Due', 'Overdue', 'Risk', 'Reasons'],
        summary.open.slice(0, TOP_RISKS).map(riskRow),
      ),
    );
    if (summary.open.length > TOP_RISKS)
      out.push('', `…and ${summary.open.length - TOP_RISKS} more open items.`);
    out.push('');
  }
  out.push('### Readiness by domain', '', ...domainReadiness(summary));
  const warnings = reports.flatMap((report) => report.warnings);
  if (warnings.length) {
    out.push('### Data quality', '');
    for (const warning of warnings.slice(0, WARNINGS_SHOWN)) out.push(`- ${md(warning)}`);
    if (warnings.length > WARNINGS_SHOWN) out.push(`- …and ${warnings.length - WARNINGS_SHOWN} more`);
    out.push('');
  }
  return out;
}
