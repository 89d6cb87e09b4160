import { cweIds } from '../cwe-ids.js';
import { reportPath } from '../report-path.js';
import type { ParsedFinding, ParsedRun, SastParser } from '../sast-parser.js';
import { banditCompleteness } from './bandit/bandit-completeness.js';
import { banditMessage } from './bandit/bandit-message.js';
import { banditReportSchema } from './bandit/bandit-schema.js';
import type { BanditResult } from './bandit/bandit-schema.js';
import { BANDIT_SECRET_TESTS } from './bandit/bandit-secret.js';
import { banditSnippet } from './bandit/bandit-snippet.js';
import { lineSpan } from './line-span.js';
import { validateReportShape } from '../validate-report-shape.js';
import { isJsonObject } from '../../text/is-json-object.js';

// UNDEFINED is what Bandit ranks below LOW: a finding with no stated severity, kept visible as info.
const SEVERITY = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'info' } as const;
const CONFIDENCE = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' } as const;

function toFinding(result: BanditResult): ParsedFinding {
  const start = result.line_number;
  const rangeEnd = result.line_range?.length ? Math.max(...result.line_range) : undefined;
  return {
    ruleId: result.test_id,
    severity: SEVERITY[result.issue_severity],
    path: result.filename ? reportPath(result.filename) : null,
    ...lineSpan(start, rangeEnd),
    message: banditMessage(result),
    // Bandit leaves `# nosec` issues out of `results` altogether (it only counts them in `metrics`).
    suppressed: false,
    baselineState: null,
    confidence: CONFIDENCE[result.issue_confidence?.trim().toUpperCase() as keyof typeof CONFIDENCE] ?? null,
    cwes: cweIds(result.issue_cwe?.id),
    toolFingerprint: null,
    snippet: BANDIT_SECRET_TESTS.has(result.test_id) ? null : banditSnippet(result),
  };
}

/** `bandit -f json`. One run, tool "Bandit"; one finding per issue in `results`. */
export const banditParser: SastParser = {
  format: 'bandit',

  detect(document: unknown): boolean {
    if (!isJsonObject(document) || !Array.isArray(document.results) || !isJsonObject(document.metrics))
      return false;
    return !document.results.some((result) => isJsonObject(result) && 'check_id' in result);
  },

  parse(document: unknown, source: string): ParsedRun[] {
    const report = validateReportShape(banditReportSchema, document, source, 'Bandit JSON');
    return [{ tool: 'Bandit', ...banditCompleteness(report), findings: report.results.map(toFinding) }];
  },
};
