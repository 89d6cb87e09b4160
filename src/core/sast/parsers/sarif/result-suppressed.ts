import type { SarifResult } from './sarif-schema.js';

/**
 * Whether a result is suppressed: it has suppressions and none is `rejected` or `underReview`. A suppression
 * without a status is accepted (SARIF §3.35.3); an empty list means "none", not "suppressed".
 */
export function isSuppressed(result: SarifResult): boolean {
  const suppressions = result.suppressions ?? [];
  return (
    suppressions.length > 0 &&
    suppressions.every(
      (suppression) => suppression.status !== 'rejected' && suppression.status !== 'underReview',
    )
  );
}
