import type { Severity } from '../../../model/severity.js';
import type { SEMGREP_SEVERITIES } from './semgrep-schema.js';

// ERROR/WARNING/INFO read as Semgrep's own SARIF output writes them (error, warning, note), under gonogo's SARIF
// rule (error → high, warning → medium, note → low); the newer scale maps word for word. EXPERIMENT and
// INVENTORY mark rules under development or asset inventory, not problems to fix: info.
const SEVERITY: Record<(typeof SEMGREP_SEVERITIES)[number], Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  ERROR: 'high',
  MEDIUM: 'medium',
  WARNING: 'medium',
  LOW: 'low',
  INFO: 'low',
  EXPERIMENT: 'info',
  INVENTORY: 'info',
};

/** gonogo's severity for a Semgrep severity word (already validated, upper case). */
export function semgrepSeverity(word: (typeof SEMGREP_SEVERITIES)[number]): Severity {
  return SEVERITY[word];
}
