import { daysBetween } from '../evaluate/days-between.js';
import type { TrackedItem } from '../model/tracked-item.js';
import { itemDeadline } from './item-deadline.js';
import { classifyDomains } from './classify-domains.js';
import type { Domain } from './domains.js';
import {
  agePoints,
  BLOCKED_POINTS,
  BLOCKING_POINTS,
  CRITICAL_MODULE_FACTOR,
  DOMAIN_POINTS,
  DUE_SOON_DAYS,
  DUE_SOON_POINTS,
  LATENESS_WEIGHT,
  latenessPoints,
  PRIORITY_BASE,
  SEVERITY_BASE,
  UNASSIGNED_POINTS,
  UNKNOWN_BASE,
  UNKNOWN_LATENESS_WEIGHT,
  UNKNOWN_WINDOW_DAYS,
} from './risk-settings.js';
import type { RiskSettings } from './risk-settings.js';

/** An item's risk and every point of it, attributed. */
export interface ItemRisk {
  /** 0–100; `null` for an item that is not open (done or dropped). */
  risk: number | null;
  /** `base:P1(25)`, `overdue:10d(+8)`, `module:core(x1.5)`…, in the order they were applied. */
  reasons: string[];
  domains: Domain[];
  /** Days past the due date (or the SLA deadline when there is none); 0 when not late; `null` when unknown. */
  daysOverdue: number | null;
  /** The deadline used: the due date, else created + SLA for its priority; `null` when neither is known. */
  deadline: string | null;
}

const isOpen = (item: TrackedItem) =>
  item.state === 'open' && item.status !== 'done' && item.status !== 'dropped';

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The risk of one open item, deterministic and explained (the README gives the formula):
 * urgency = base (the higher of priority and severity points) + lateness (against the due date, else the SLA for
 * its priority, weighted by priority) + age, or + due-soon; × 1.5 in a critical module; then + the item's most
 * sensitive domain, + blocking label, + blocked status, + no assignee. Rounded, at most 100. `today` is an input.
 */
export function scoreItemRisk(item: TrackedItem, settings: RiskSettings, today: string): ItemRisk {
  const { domains } = classifyDomains(item);
  const reasons: string[] = [];
  const priorityBase = item.priority ? PRIORITY_BASE[item.priority] : null;
  const severityBase = item.severity ? SEVERITY_BASE[item.severity] : null;

  const deadline = itemDeadline(item, settings.slaDays)?.date ?? null;
  const late = deadline === null ? null : Math.max(0, daysBetween(deadline, today));
  if (!isOpen(item)) return { risk: null, reasons: [], domains, daysOverdue: late, deadline };

  let urgency: number;
  if (priorityBase === null && severityBase === null) {
    urgency = UNKNOWN_BASE;
    reasons.push(`base:unknown(${UNKNOWN_BASE})`);
  } else if (severityBase !== null && (priorityBase === null || severityBase > priorityBase)) {
    urgency = severityBase;
    reasons.push(`base:${item.severity}(${severityBase})`);
  } else {
    urgency = priorityBase ?? 0;
    reasons.push(`base:${item.priority}(${priorityBase})`);
  }

  if (late !== null && late > 0) {
    const weight = item.priority ? LATENESS_WEIGHT[item.priority] : UNKNOWN_LATENESS_WEIGHT;
    const window = item.priority ? settings.slaDays[item.priority] : UNKNOWN_WINDOW_DAYS;
    const points = round1(latenessPoints(late, window) * weight);
    urgency += points;
    reasons.push(`${item.due ? 'overdue' : `sla-${item.priority}`}:${late}d(+${points})`);
  } else if (item.due !== null) {
    const left = daysBetween(today, item.due);
    if (left <= DUE_SOON_DAYS) {
      urgency += DUE_SOON_POINTS;
      reasons.push(`due-soon:${left}d(+${DUE_SOON_POINTS})`);
    }
  }
  const age = item.created ? daysBetween(item.created, today) : null;
  if (age !== null && agePoints(age) > 0) {
    urgency += agePoints(age);
    reasons.push(`age:${age}d(+${agePoints(age)})`);
  }

  let score = urgency;
  const module = item.module?.toLowerCase() ?? null;
  const critical =
    (module !== null && settings.criticalModules.includes(module)) ||
    item.labels.some((label) => settings.criticalModules.includes(label.toLowerCase()));
  if (critical) {
    score *= CRITICAL_MODULE_FACTOR;
    reasons.push(
      `module:${item.module ?? item.labels.find((l) => settings.criticalModules.includes(l.toLowerCase()))}(x${CRITICAL_MODULE_FACTOR})`,
    );
  }
  const domain = [...domains].sort((a, b) => DOMAIN_POINTS[b] - DOMAIN_POINTS[a])[0];
  if (domain) {
    score += DOMAIN_POINTS[domain];
    reasons.push(`domain:${domain}(+${DOMAIN_POINTS[domain]})`);
  }
  if (item.blocking) {
    score += BLOCKING_POINTS;
    reasons.push(`blocking(+${BLOCKING_POINTS})`);
  }
  if (item.status === 'blocked') {
    score += BLOCKED_POINTS;
    reasons.push(`blocked(+${BLOCKED_POINTS})`);
  }
  if (item.assignees.length === 0 && item.source.kind === 'tracker') {
    score += UNASSIGNED_POINTS;
    reasons.push(`unassigned(+${UNASSIGNED_POINTS})`);
  }
  return { risk: Math.min(100, Math.round(score)), reasons, domains, daysOverdue: late, deadline };
}
