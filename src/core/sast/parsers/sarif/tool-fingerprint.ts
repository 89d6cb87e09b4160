import type { SarifResult } from './sarif-schema.js';

/**
 * The result's own `fingerprints` and `partialFingerprints` as sorted `name=value` pairs, `null` when it has
 * none. Values that are not strings, or empty, are no fingerprint.
 */
export function toolFingerprint(result: SarifResult): string | null {
  const pairs = Object.entries({ ...result.fingerprints, ...result.partialFingerprints })
    .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
    .map(([key, value]) => `${key}=${String(value)}`)
    .sort();
  return pairs.length > 0 ? pairs.join('\n') : null;
}
