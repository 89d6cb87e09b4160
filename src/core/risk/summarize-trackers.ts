import { PRIORITIES } from '../model/priority.js';
import { ITEM_STATUSES } from '../model/tracked-item.js';
import type { ItemStatus, TrackedItem, TrackerReport } from '../model/tracked-item.js';
import { DOMAINS } from './domains.js';
import type { Domain } from './domains.js';
import type { RiskSettings } from './risk-settings.js';
import { scoreItemRisk } from './score-item-risk.js';
import type { ItemRisk } from './score-item-risk.js';

/** A tracked item with its risk. */
export type RiskedItem = TrackedItem & ItemRisk;

/** Priority rows of the executive summary: P0–P4, then items without a known priority. */
export const PRIORITY_ROWS = [...PRIORITIES, 'unknown'] as const;
export type PriorityRow = (typeof PRIORITY_ROWS)[number];

/** Readiness of one domain. */
export interface DomainReadiness {
  domain: Domain;
  total: number;
  open: number;
  /** Open items that are P0/P1 or high/critical. */
  openUrgent: number;
  done: number;
  /** The open item of the domain with the highest risk, if any. */
  top: RiskedItem | null;
}

/** What the trackers say, for the report's executive summary, top risks and domains. */
export interface TrackerSummary {
  total: number;
  /** Items per priority row and status: every item counted once, so rows and columns add up to `total`. */
  counts: Record<PriorityRow, Record<ItemStatus, number>>;
  /** Every item with its risk, in source order. */
  items: RiskedItem[];
  /** Open items, highest risk first (ties: priority, then key). */
  open: RiskedItem[];
  /** Closed items too, with their domains (risk null). */
  closed: RiskedItem[];
  domains: DomainReadiness[];
}

const isUrgent = (item: TrackedItem) =>
  item.priority === 'P0' ||
  item.priority === 'P1' ||
  item.severity === 'critical' ||
  item.severity === 'high';

/** Scores every item and counts them by priority and status, and by domain. `today` is an input. */
export function summarizeTrackers(
  reports: readonly TrackerReport[],
  settings: RiskSettings,
  today: string,
): TrackerSummary {
  const items = reports.flatMap((report) => report.items);
  const counts = Object.fromEntries(
    PRIORITY_ROWS.map((row) => [row, Object.fromEntries(ITEM_STATUSES.map((status) => [status, 0]))]),
  ) as TrackerSummary['counts'];
  const risked = items.map((item): RiskedItem => ({ ...item, ...scoreItemRisk(item, settings, today) }));
  for (const item of risked) counts[item.priority ?? 'unknown'][item.status]++;
  const rank = (item: RiskedItem) => (item.priority ? PRIORITIES.indexOf(item.priority) : 5);
  const open = risked
    .filter((item) => item.risk !== null)
    .sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0) || rank(a) - rank(b) || a.key.localeCompare(b.key));
  const closed = risked.filter((item) => item.risk === null);
  const domains = DOMAINS.map((domain): DomainReadiness => {
    const all = risked.filter((item) => item.domains.includes(domain));
    const openInDomain = open.filter((item) => item.domains.includes(domain));
    return {
      domain,
      total: all.length,
      open: openInDomain.length,
      openUrgent: openInDomain.filter(isUrgent).length,
      done: all.filter((item) => item.status === 'done').length,
      top: openInDomain[0] ?? null,
    };
  });
  return { total: items.length, counts, items: risked, open, closed, domains };
}
