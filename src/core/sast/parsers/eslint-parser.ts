import type { ParsedRun, SastParser } from '../sast-parser.js';
import { eslintCompleteness } from './eslint/eslint-completeness.js';
import { eslintFinding } from './eslint/eslint-finding.js';
import { eslintReportSchema } from './eslint/eslint-schema.js';
import { validateReportShape } from '../validate-report-shape.js';
import { isJsonObject } from '../../text/is-json-object.js';

/**
 * ESLint's notice for a file given by name that its ignore patterns exclude: the user's own configuration
 * speaking, not a problem in the code (ESLint's SARIF formatter reports it as a notification, not a result).
 */
const isIgnoredFileNotice = (message: { ruleId?: string | null; message?: string | undefined }) =>
  (message.ruleId ?? null) === null && /^File ignored\b/.test(message.message ?? '');

/**
 * `eslint -f json`: an array of per-file results. One run, tool "ESLint"; one finding per message, those in
 * `suppressedMessages` (ESLint 8.8+) included as suppressed. Fatal messages (parsing errors) are no findings: the
 * file was not linted, so the run is incomplete.
 */
export const eslintParser: SastParser = {
  format: 'eslint',

  detect(document: unknown): boolean {
    if (!Array.isArray(document)) return false;
    const [first] = document as unknown[];
    return isJsonObject(first) && typeof first.filePath === 'string' && Array.isArray(first.messages);
  },

  parse(document: unknown, source: string): ParsedRun[] {
    const results = validateReportShape(eslintReportSchema, document, source, 'ESLint JSON');
    const findings = results.flatMap((result) => [
      ...result.messages
        .filter((message) => message.fatal !== true && !isIgnoredFileNotice(message))
        .map((message) => eslintFinding(result, message, false)),
      ...(result.suppressedMessages ?? []).map((message) => eslintFinding(result, message, true)),
    ]);
    return [{ tool: 'ESLint', ...eslintCompleteness(results), findings }];
  },
};
