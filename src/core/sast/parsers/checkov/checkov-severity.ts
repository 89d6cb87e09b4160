import type { Severity } from '../../../model/severity.js';
import type { CheckovCheck } from './checkov-schema.js';

const SEVERITY = {
  CRITICAL: 'critical',
  HIGH: 'high',
  IMPORTANT: 'high',
  MEDIUM: 'medium',
  MODERATE: 'medium',
  LOW: 'low',
  INFO: 'info',
  NONE: 'info',
} as const satisfies Record<NonNullable<CheckovCheck['severity']>, Severity>;

/**
 * gonogo's severity for a Checkov check. Without a severity (OSS Checkov has none unless given a Prisma Cloud
 * API key) a failed check is high: Checkov's own SARIF output reports it at level `error`, which gonogo reads as
 * high. NONE is Checkov's "no severity" score 0.0, SARIF level `none`: info.
 */
export function checkovSeverity(check: CheckovCheck): Severity {
  return check.severity ? SEVERITY[check.severity] : 'high';
}
