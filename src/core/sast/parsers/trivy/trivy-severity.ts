import type { Severity } from '../../../model/severity.js';
import type { TrivySeverity } from './trivy-schema.js';

const SEVERITY: Record<TrivySeverity, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  // Trivy's word when no data source rates the vulnerability: reported, but below every threshold but `info`.
  UNKNOWN: 'info',
};

/** Trivy's severity word on gonogo's scale: the same four words, `UNKNOWN` as info. */
export function trivySeverity(word: TrivySeverity): Severity {
  return SEVERITY[word];
}
