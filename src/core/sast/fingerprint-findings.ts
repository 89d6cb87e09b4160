import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';

/**
 * Gives each finding its fingerprint: a hash of tool, rule, path and identity, plus an occurrence index that
 * counts earlier findings of the same run with the same basis, so two identical findings in one file stay two.
 * Occurrences are counted per run (`finding.run`): the same run given twice yields the same fingerprints, which
 * is how the evaluation recognizes it. Run again after paths are resolved to repository paths.
 */
export function fingerprintFindings<T extends Finding>(findings: readonly T[]): T[] {
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const basis = [finding.tool, finding.ruleId, finding.path ?? '', finding.identity].join('\0');
    const key = `${finding.run}\0${basis}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const fingerprint = createHash('sha256').update(`${basis}\0${occurrence}`).digest('hex').slice(0, 32);
    return { ...finding, fingerprint };
  });
}
