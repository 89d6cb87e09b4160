import type { Confidence } from '../../../model/finding.js';
import type { SarifResult, SarifRule } from './sarif-schema.js';

const PRECISION: Record<string, Confidence> = {
  'very-high': 'high',
  high: 'high',
  medium: 'medium',
  low: 'low',
};

/**
 * How sure the tool is: the `precision` property GitHub code scanning reads (CodeQL, Semgrep set it on rules;
 * `very-high` counts as high), else a `confidence` property. `null` when neither says.
 */
export function resultConfidence(result: SarifResult, rule: SarifRule | undefined): Confidence | null {
  for (const bag of [result.properties, rule?.properties]) {
    for (const key of ['precision', 'confidence']) {
      const value = bag?.[key];
      if (typeof value === 'string' && PRECISION[value.trim().toLowerCase()])
        return PRECISION[value.trim().toLowerCase()] ?? null;
    }
  }
  return null;
}
