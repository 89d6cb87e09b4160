import { reportPath } from '../../report-path.js';
import type { ParsedFinding } from '../../sast-parser.js';
import { lineSpan } from '../line-span.js';
import { isSecretCheck } from './is-secret-check.js';
import type { TrivyMisconfiguration } from './trivy-schema.js';
import { trivySeverity } from './trivy-severity.js';

/**
 * The lines Trivy marks as the cause, joined; `null` when it quotes no code (Dockerfile-wide checks) or when the
 * check is about secrets, whose cause lines hold them.
 */
function causeSnippet(misconfiguration: TrivyMisconfiguration): string | null {
  if (isSecretCheck(misconfiguration)) return null;
  const lines = misconfiguration.CauseMetadata?.Code?.Lines ?? [];
  const cause = lines.filter((line) => line?.IsCause === true && line.Content !== undefined);
  return cause.length > 0 ? cause.map((line) => line?.Content).join('\n') : null;
}

/**
 * A failed configuration check: `<title>: <message>` at the cause's lines, the quoted cause code as snippet so
 * the finding keeps its identity when the file moves. `suppressed` for a check Trivy reports as an exception
 * (a policy exception) or lists among suppressed findings.
 */
export function misconfigurationFinding(
  misconfiguration: TrivyMisconfiguration,
  target: string,
  suppressed: boolean,
): ParsedFinding {
  const ruleId = misconfiguration.ID || misconfiguration.AVDID || 'unknown-rule';
  const title = misconfiguration.Title?.trim();
  const detail = misconfiguration.Message?.trim();
  // Some checks' messages already open with the title (`Sensitive data found in user data: ...`).
  const parts = title && detail?.startsWith(title) ? [detail] : [title, detail];
  const message = parts.filter(Boolean).join(': ') || misconfiguration.Description?.trim() || ruleId;
  const cause = misconfiguration.CauseMetadata;
  return {
    ruleId,
    severity: trivySeverity(misconfiguration.Severity),
    path: reportPath(target),
    ...lineSpan(cause?.StartLine, cause?.EndLine),
    message,
    suppressed: suppressed || misconfiguration.Status === 'EXCEPTION',
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: causeSnippet(misconfiguration),
  };
}
