import type { Finding } from '../model/finding.js';
import { SEVERITIES } from '../model/severity.js';
import type { Severity } from '../model/severity.js';

/** Whether a finding is open: not suppressed and not reported gone by its baseline (`absent`). */
export function isOpenFinding(finding: Finding): boolean {
  return !finding.suppressed && finding.baselineState !== 'absent';
}

/** Open findings per severity, and how many are suppressed, as the reports state them. */
export function summarizeFindings(findings: readonly Finding[]): {
  open: Record<Severity, number>;
  suppressed: number;
} {
  const open = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  let suppressed = 0;
  for (const finding of findings) {
    if (finding.suppressed) suppressed++;
    else if (isOpenFinding(finding)) open[finding.severity]++;
  }
  return { open, suppressed };
}
