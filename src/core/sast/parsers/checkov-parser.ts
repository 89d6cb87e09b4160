import * as z from 'zod';
import { InputError } from '../../errors/input-error.js';
import { plural } from '../../text/plural.js';
import type { ParsedRun, SastParser } from '../sast-parser.js';
import { checkovRun } from './checkov/checkov-run.js';
import { checkovFrameworkSchema, checkovSummarySchema } from './checkov/checkov-schema.js';
import { validateReportShape } from '../validate-report-shape.js';
import { isJsonObject } from '../../text/is-json-object.js';

const isFramework = (value: unknown): boolean =>
  isJsonObject(value) &&
  typeof value.check_type === 'string' &&
  isJsonObject(value.results) &&
  Array.isArray(value.results.failed_checks);

const isSummary = (value: unknown): boolean =>
  isJsonObject(value) && typeof value.checkov_version === 'string' && 'passed' in value && 'failed' in value;

/**
 * `checkov -o json`: one framework's report, a list of them (several frameworks), or a bare summary when no
 * framework found anything to check. One run per framework, all with tool "Checkov" so `tools: [checkov]`
 * matches them; failed checks open, skipped checks suppressed. A bare summary is a complete run with no findings:
 * Checkov ran and found no resource it checks, which is a valid outcome for a repository without IaC.
 */
export const checkovParser: SastParser = {
  format: 'checkov',

  detect(document: unknown): boolean {
    if (Array.isArray(document)) return document.length > 0 && document.every(isFramework);
    return isFramework(document) || isSummary(document);
  },

  parse(document: unknown, source: string): ParsedRun[] {
    if (Array.isArray(document))
      return validateReportShape(z.array(checkovFrameworkSchema), document, source, 'Checkov JSON').map(
        checkovRun,
      );
    if (isFramework(document))
      return [checkovRun(validateReportShape(checkovFrameworkSchema, document, source, 'Checkov JSON'))];
    const summary = validateReportShape(checkovSummarySchema, document, source, 'Checkov JSON');
    // Checkov prints a bare summary only when every report was empty: counts there with no checks listed are
    // not Checkov's output, and reading them as zero findings would pass a gate on a report that says otherwise.
    if (summary.failed > 0 || (summary.skipped ?? 0) > 0)
      throw new InputError(
        source,
        `summary: counts ${summary.failed} failed and ${summary.skipped ?? 0} skipped checks but the report lists none`,
      );
    const parsingErrors = summary.parsing_errors ?? 0;
    return [
      {
        tool: 'Checkov',
        complete: parsingErrors === 0,
        incompleteReason:
          parsingErrors === 0 ? null : `Checkov could not parse ${plural(parsingErrors, 'file', 'files')}`,
        findings: [],
      },
    ];
  },
};
