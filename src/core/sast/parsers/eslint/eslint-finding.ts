import type { Severity } from '../../../model/severity.js';
import { reportPath } from '../../report-path.js';
import type { ParsedFinding } from '../../sast-parser.js';
import { lineSpan } from '../line-span.js';
import type { EslintMessage, EslintResult } from './eslint-schema.js';
import { isSecretRule } from './is-secret-rule.js';
import { redactQuoted } from './redact-quoted.js';
import { sourceLine } from './source-line.js';

// As ESLint's SARIF formatter (@microsoft/eslint-formatter-sarif) writes them, error and warning, under gonogo's
// SARIF rule (error → high, warning → medium), so one lint run reads the same in either format.
const SEVERITY: Record<1 | 2, Severity> = { 2: 'high', 1: 'medium' };

// ESLint's own messages carry no rule: unused `eslint-disable` directives, ignored files given by name.
const ESLINT_RULE = 'eslint';

/** The flagged line: from the file's `source` (ESLint 7+), else the message's own `source` (before 7.0). */
function snippetOf(result: EslintResult, message: EslintMessage, line: number | null): string | null {
  if (line === null) return null;
  if (result.source !== undefined) return sourceLine(result.source, line);
  return message.source?.trim() || null;
}

/**
 * One ESLint message as a finding: its rule, or `eslint` for ESLint's own messages, and the flagged line as
 * snippet when the report quotes the file. A secret-detection rule's finding gets no snippet and a message with
 * its quoted spans redacted.
 */
export function eslintFinding(
  result: EslintResult,
  message: EslintMessage,
  suppressed: boolean,
): ParsedFinding {
  const ruleId = message.ruleId?.trim() || ESLINT_RULE;
  const secret = isSecretRule(ruleId);
  const span = lineSpan(message.line, message.endLine);
  const text = message.message?.trim() || ruleId;
  return {
    ruleId,
    severity: SEVERITY[message.severity],
    path: reportPath(result.filePath),
    ...span,
    message: secret ? redactQuoted(text) : text,
    suppressed,
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: secret ? null : snippetOf(result, message, span.line),
  };
}
