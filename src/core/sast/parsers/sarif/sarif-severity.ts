import type { Severity } from '../../../model/severity.js';
import type { SarifResult, SarifRule } from './sarif-schema.js';

const LEVEL_SEVERITY = { error: 'high', warning: 'medium', note: 'low', none: 'info' } as const;
const WORDS: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** A CVSS-like score in the bands GitHub code scanning publishes for `security-severity`. */
function scoreSeverity(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return score > 0 ? 'low' : 'info';
}

/** A `security-severity` value: a number, a numeric string, or a severity word. `null` when unreadable. */
function securitySeverity(value: unknown): Severity | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? scoreSeverity(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return scoreSeverity(Number(trimmed));
  return WORDS.find((word) => word === trimmed) ?? null;
}

/**
 * A result's severity, one rule for every producer: the `security-severity` property (the result's, else its
 * rule's) in CVSS bands; without one, the SARIF level (the result's, else the rule's default, else `warning`):
 * error → high, warning → medium, note → low, none → info.
 */
export function sarifSeverity(result: SarifResult, rule: SarifRule | undefined): Severity {
  const scored =
    securitySeverity(result.properties?.['security-severity']) ??
    securitySeverity(rule?.properties?.['security-severity']);
  if (scored) return scored;
  return LEVEL_SEVERITY[result.level ?? rule?.defaultConfiguration?.level ?? 'warning'];
}
