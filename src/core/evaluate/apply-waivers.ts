import type { Finding } from '../model/finding.js';
import type { WaiverRule } from '../rules/rules.js';
import { globMatcher, samePath } from './path-matches.js';

/** A finding, maybe merged from several reports (then any of their fingerprints designates it). */
type Waivable = Finding & { fingerprints?: readonly string[] };

/** Whether a waiver's `match` designates a finding: its fingerprint, its rule id, `rule:path-glob`, or a path glob. */
export function waiverMatches(match: string, finding: Waivable): boolean {
  const fingerprints = finding.fingerprints ?? [finding.fingerprint];
  if (fingerprints.includes(match) || match === finding.ruleId) return true;
  const colon = match.lastIndexOf(':');
  if (colon > 0) {
    const rule = match.slice(0, colon);
    const path = match.slice(colon + 1);
    if (
      rule === finding.ruleId &&
      finding.path !== null &&
      (samePath(path, finding.path) || globMatcher([path])(finding.path))
    ) {
      return true;
    }
  }
  return finding.path !== null && /[*/?]/.test(match) && globMatcher([match])(finding.path);
}

/** Findings split by the waivers of one gate; expired waivers stop applying and are reported. */
export function applyWaivers<T extends Waivable>(
  findings: readonly T[],
  waivers: readonly WaiverRule[],
  gateId: string,
  today: string,
): {
  kept: T[];
  waived: { finding: T; waiver: WaiverRule }[];
  expired: { finding: T; waiver: WaiverRule }[];
} {
  const mine = waivers.filter((waiver) => waiver.gate === null || waiver.gate === gateId);
  const kept: T[] = [];
  const waived: { finding: T; waiver: WaiverRule }[] = [];
  const expired: { finding: T; waiver: WaiverRule }[] = [];
  for (const finding of findings) {
    // A live waiver wins over an expired one for the same finding: renewing a waiver is adding a new entry.
    const matching = mine.filter((candidate) => waiverMatches(candidate.match, finding));
    const live = matching.find((waiver) => waiver.expires === null || waiver.expires >= today);
    const lapsed = matching.find((waiver) => waiver.expires !== null && waiver.expires < today);
    if (live) waived.push({ finding, waiver: live });
    else if (lapsed) {
      expired.push({ finding, waiver: lapsed });
      kept.push(finding);
    } else kept.push(finding);
  }
  return { kept, waived, expired };
}
