import { reportPath } from '../../report-path.js';
import type { ParsedFinding } from '../../sast-parser.js';
import { lineSpan } from '../line-span.js';
import type { TrivySecret } from './trivy-schema.js';
import { trivySeverity } from './trivy-severity.js';

/**
 * A secret in a file, with the severity Trivy's rule gives it. The message is the rule's title; the matched
 * text and quoted code are never read (Trivy masks the secret in them, but a custom rule's match may not be).
 */
export function secretFinding(secret: TrivySecret, target: string, suppressed: boolean): ParsedFinding {
  return {
    ruleId: secret.RuleID || 'unknown-rule',
    severity: trivySeverity(secret.Severity),
    path: reportPath(target),
    ...lineSpan(secret.StartLine, secret.EndLine),
    message: secret.Title?.trim() || secret.Category?.trim() || secret.RuleID || 'Secret',
    suppressed,
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: null,
  };
}
