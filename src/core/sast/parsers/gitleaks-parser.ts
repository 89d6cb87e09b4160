import { InputError } from '../../errors/input-error.js';
import type { ParsedRun, SastParser } from '../sast-parser.js';
import { gitleaksV7Schema, gitleaksV8Schema } from './gitleaks/gitleaks-schema.js';
import { leakFinding } from './gitleaks/leak-finding.js';
import type { Leak } from './gitleaks/leak-finding.js';
import { validateReportShape } from '../validate-report-shape.js';
import { isJsonObject } from '../../text/is-json-object.js';

/** A gitleaks 8 leak: its rule id and one of the fields only a leak has. */
const isV8Leak = (value: unknown): boolean =>
  isJsonObject(value) &&
  typeof value.RuleID === 'string' &&
  ['Secret', 'Match', 'File', 'StartLine'].some((key) => key in value);

/** A gitleaks 7 leak: its rule and the offending text. */
const isV7Leak = (value: unknown): boolean =>
  isJsonObject(value) && typeof value.rule === 'string' && 'offender' in value;

/** The leaks of either version, validated as the first leak's version: one report is one gitleaks. */
function readLeaks(document: unknown, source: string): Leak[] {
  if (!Array.isArray(document))
    throw new InputError(source, 'expected a gitleaks report (a JSON array of leaks)');
  if (isV7Leak(document[0])) {
    return validateReportShape(gitleaksV7Schema, document, source, 'gitleaks').map((leak) => ({
      ruleId: leak.rule,
      description: undefined,
      file: leak.file,
      commit: leak.commit,
      startLine: leak.lineNumber,
      endLine: undefined,
    }));
  }
  return validateReportShape(gitleaksV8Schema, document, source, 'gitleaks').map((leak) => ({
    ruleId: leak.RuleID,
    description: leak.Description,
    file: leak.File,
    commit: leak.Commit,
    startLine: leak.StartLine,
    endLine: leak.EndLine,
  }));
}

/**
 * gitleaks' JSON report (`gitleaks detect -f json`; gitleaks 7's array of leaks too). One run, always complete:
 * gitleaks writes no error list, and no report when it fails. Every leak is a critical finding; none is
 * suppressed, because `.gitleaksignore` and `gitleaks:allow` remove leaks from the report.
 */
export const gitleaksParser: SastParser = {
  format: 'gitleaks',

  detect(document: unknown): boolean {
    return Array.isArray(document) && (isV8Leak(document[0]) || isV7Leak(document[0]));
  },

  parse(document: unknown, source: string): ParsedRun[] {
    const findings = readLeaks(document, source).map(leakFinding);
    return [{ tool: 'gitleaks', complete: true, incompleteReason: null, findings }];
  },
};
