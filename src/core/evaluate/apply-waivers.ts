import type { Finding } from '../model/finding.js';
import type { WaiverRule } from '../rules/rules.js';
import { globMatcher, samePath } from './path-matches.js';

/** Whether a waiver's `match` designates a finding: its fingerprint, its rule id, `rule:path-glob`, or a path glob. */
export function waiverMatches(match: string, finding: Finding): boolean {
  if (match === finding.fingerprint || match === finding.ruleId) return true;
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
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly WaiverRule[],
  gateId: string,
  today: string,
): {
  kept: Finding[];
  waived: { finding: Finding; waiver: WaiverRule }[];
  expired: { finding: Finding; waiver: WaiverRule }[];
} {
  const mine = waivers.filter((waiver) => waiver.gate === null || waiver.gate === gateId);
  const kept: Finding[] = [];
  const waived: { finding: Finding; waiver: WaiverRule }[] = [];
  const expired: { finding: Finding; waiver: WaiverRule }[] = [];
  for (const finding of findings) {
    const waiver = mine.find((candidate) => waiverMatches(candidate.match, finding));
    if (!waiver) kept.push(finding);
    else if (waiver.expires !== null && waiver.expires < today) {
      expired.push({ finding, waiver });
      kept.push(finding);
    } else waived.push({ finding, waiver });
  }
  return { kept, waived, expired };
}
