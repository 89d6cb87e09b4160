import { createHash } from 'node:crypto';

/** What identifies a finding, line numbers left out so it survives code moving up or down. */
export interface FingerprintInput {
  tool: string;
  ruleId: string;
  /** The result's `fingerprints` and `partialFingerprints`, merged. */
  toolFingerprints: Record<string, unknown>;
  path: string | null;
  snippet: string | undefined;
  message: string;
}

/**
 * The identity of a finding before occurrences are counted: from the tool's own fingerprints when it gives
 * some, else tool, rule, path and the whitespace-collapsed snippet (or the message when there is none).
 */
export function fingerprintBasis(input: FingerprintInput): string {
  const pairs = Object.entries(input.toolFingerprints)
    .map(([key, value]) => `${key}=${String(value)}`)
    .sort();
  if (pairs.length > 0) return ['tool', input.tool, input.ruleId, ...pairs].join('\0');
  const snippet = input.snippet?.replace(/\s+/g, ' ').trim();
  const content = snippet ? `snippet:${snippet}` : `message:${input.message}`;
  return ['own', input.tool, input.ruleId, input.path ?? '', content].join('\0');
}

/**
 * A stable 32-hex-digit fingerprint. `occurrence` counts earlier findings of the same report with the same
 * basis, so two identical findings in one file stay two instead of collapsing into one.
 */
export function findingFingerprint(basis: string, occurrence: number): string {
  return createHash('sha256').update(`${basis}\0${occurrence}`).digest('hex').slice(0, 32);
}
