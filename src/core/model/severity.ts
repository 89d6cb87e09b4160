/** The one severity vocabulary for findings, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

/** Severity of a finding. */
export type Severity = (typeof SEVERITIES)[number];

/** Rank of a severity: 0 for critical, 4 for info. Lower is worse. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Whether `severity` is `threshold` or worse ("high or worse"). */
export function isAtLeastSeverity(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}
