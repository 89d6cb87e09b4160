import type { Priority } from '../model/priority.js';
import type { Severity } from '../model/severity.js';
import type { Domain } from './domains.js';

type Known = Exclude<Priority, null>;

/** Everything the risk formula depends on besides the item. Defaults below; `risk:` in the rules file overrides. */
export interface RiskSettings {
  /** Days an item of each priority may stay open before it is late, when it has no due date. */
  slaDays: Readonly<Record<Known, number>>;
  /** Modules marked critical in the rules, lower-cased: their items' urgency is multiplied. */
  criticalModules: readonly string[];
}

/** Days to resolve per priority, in the spirit of common vulnerability and incident SLA tables. */
export const DEFAULT_SLA_DAYS: Readonly<Record<Known, number>> = { P0: 7, P1: 30, P2: 90, P3: 120, P4: 180 };

/** Base points of a priority, and of a severity; the item takes the higher of its two. */
export const PRIORITY_BASE: Readonly<Record<Known, number>> = { P0: 40, P1: 25, P2: 12, P3: 5, P4: 2 };
export const SEVERITY_BASE: Readonly<Record<Severity, number>> = {
  critical: 40,
  high: 25,
  medium: 12,
  low: 5,
  info: 2,
};
/** Base points when neither priority nor severity is known: a middle value, flagged as a data-quality problem. */
export const UNKNOWN_BASE = 10;

/** How much lateness counts for each priority: a late P0 is an emergency, a late P4 is housekeeping. */
export const LATENESS_WEIGHT: Readonly<Record<Known, number>> = { P0: 1, P1: 0.8, P2: 0.5, P3: 0.3, P4: 0.2 };
export const UNKNOWN_LATENESS_WEIGHT = 0.5;
/**
 * Lateness points before weighting: 30 per SLA window of the item's priority that has passed (a P0 a week late
 * is as late as a P1 a month late), at most 30. Items without a priority use a 30-day window.
 */
export const latenessPoints = (days: number, windowDays: number) =>
  Math.min(30, Math.round((30 * days) / Math.max(1, windowDays)));
export const UNKNOWN_WINDOW_DAYS = 30;

/** Age of an open item: 1 point per 30 days open, at most 10. */
export const agePoints = (days: number) => Math.min(10, Math.floor(days / 30));
/** Due within this many days: +3. */
export const DUE_SOON_DAYS = 7;
export const DUE_SOON_POINTS = 3;

export const CRITICAL_MODULE_FACTOR = 1.5;
/** Bonus of the item's most sensitive domain (only the highest counts). */
export const DOMAIN_POINTS: Readonly<Record<Domain, number>> = {
  security: 10,
  compliance: 8,
  data: 6,
  reliability: 5,
  performance: 3,
  observability: 2,
};
export const BLOCKING_POINTS = 15;
export const BLOCKED_POINTS = 5;
export const UNASSIGNED_POINTS = 5;
