import type { ParsedFinding } from '../../sast-parser.js';
import { misconfigurationFinding } from './misconfiguration-finding.js';
import { secretFinding } from './secret-finding.js';
import type { TrivyResult } from './trivy-schema.js';
import { vulnerabilityFinding } from './vulnerability-finding.js';

/**
 * The findings of one target: its vulnerabilities, failed (and excepted) configuration checks and secrets, then
 * what `--show-suppressed` lists as removed by `.trivyignore` or VEX, as suppressed findings. Passed checks are
 * not problems; licenses are left out (a license policy is not a security finding gonogo gates on).
 */
export function resultFindings(result: TrivyResult): ParsedFinding[] {
  const target = result.Target;
  const findings: ParsedFinding[] = [
    ...(result.Vulnerabilities ?? []).map((vulnerability) =>
      vulnerabilityFinding(vulnerability, target, false),
    ),
    ...(result.Misconfigurations ?? [])
      .filter((misconfiguration) => misconfiguration.Status !== 'PASS')
      .map((misconfiguration) => misconfigurationFinding(misconfiguration, target, false)),
    ...(result.Secrets ?? []).map((secret) => secretFinding(secret, target, false)),
  ];
  for (const modified of result.ExperimentalModifiedFindings ?? []) {
    if (modified.Type === 'vulnerability')
      findings.push(vulnerabilityFinding(modified.Finding, target, true));
    else if (modified.Type === 'secret') findings.push(secretFinding(modified.Finding, target, true));
    else if (modified.Type === 'misconfiguration' && modified.Finding.Status !== 'PASS')
      findings.push(misconfigurationFinding(modified.Finding, target, true));
  }
  return findings;
}
