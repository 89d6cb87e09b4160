import type { Severity } from '../../../model/severity.js';
import type { NpmSeverity } from './npm-audit-schema.js';

// npm's scale is gonogo's, but for `moderate`.
const SEVERITY: Record<NpmSeverity, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MODERATE: 'medium',
  LOW: 'low',
  INFO: 'info',
};

/** gonogo's severity for npm's severity word (validated, upper case). */
export function npmSeverity(word: NpmSeverity): Severity {
  return SEVERITY[word];
}
