import { cweIds } from '../cwe-ids.js';
import { reportPath } from '../report-path.js';
import type { ParsedFinding, ParsedRun, SastParser } from '../sast-parser.js';
import { lineSpan } from './line-span.js';
import { validateReportShape } from '../validate-report-shape.js';
import { isSecretRule } from './semgrep/is-secret-rule.js';
import { semgrepCompleteness } from './semgrep/semgrep-completeness.js';
import { semgrepMessage } from './semgrep/semgrep-message.js';
import { semgrepReportSchema } from './semgrep/semgrep-schema.js';
import type { SemgrepResult } from './semgrep/semgrep-schema.js';
import { semgrepSeverity } from './semgrep/semgrep-severity.js';
import { isJsonObject } from '../../text/is-json-object.js';

// Without a Semgrep login the CLI writes this in place of `extra.lines` and `extra.fingerprint`.
const REQUIRES_LOGIN = 'requires login';
const CONFIDENCE = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' } as const;

const real = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' || value.trim() === REQUIRES_LOGIN ? undefined : value;

function confidenceOf(value: unknown): ParsedFinding['confidence'] {
  if (typeof value !== 'string') return null;
  return CONFIDENCE[value.trim().toUpperCase() as keyof typeof CONFIDENCE] ?? null;
}

function toFinding(result: SemgrepResult): ParsedFinding {
  const { extra } = result;
  const secret = isSecretRule(result);
  const fingerprint = real(extra.fingerprint);
  return {
    ruleId: result.check_id,
    severity: semgrepSeverity(extra.severity),
    path: result.path ? reportPath(result.path) : null,
    ...lineSpan(result.start?.line, result.end?.line),
    message: semgrepMessage(result, secret),
    suppressed: extra.is_ignored === true,
    baselineState: null,
    confidence: confidenceOf(extra.metadata?.confidence),
    cwes: cweIds(extra.metadata?.cwe),
    // The name Semgrep's own SARIF output gives the same value, so both formats identify a match alike.
    toolFingerprint: fingerprint ? `matchBasedId/v1=${fingerprint}` : null,
    snippet: secret ? null : (real(extra.lines) ?? null),
  };
}

/**
 * `semgrep --json` (CLI output, semgrep_output_v1 `cli_output`). One run, tool "Semgrep"; one finding per
 * result, `nosemgrep`-ignored ones included as suppressed. Not the Semgrep Cloud API's exports (`vulns`).
 */
export const semgrepParser: SastParser = {
  format: 'semgrep',

  detect(document: unknown): boolean {
    if (!isJsonObject(document) || 'metrics' in document) return false;
    const { results, errors } = document;
    if (!Array.isArray(results) || !Array.isArray(errors)) return false;
    return results.length === 0 || results.some((result) => isJsonObject(result) && 'check_id' in result);
  },

  parse(document: unknown, source: string): ParsedRun[] {
    const report = validateReportShape(semgrepReportSchema, document, source, 'Semgrep JSON');
    return [{ tool: 'Semgrep', ...semgrepCompleteness(report), findings: report.results.map(toFinding) }];
  },
};
