import { InputError } from '../../errors/input-error.js';
import type { ParsedFinding, ParsedRun, SastParser } from '../sast-parser.js';
import { advisoryFinding } from './npm-audit/advisory-finding.js';
import { npmAuditV1Schema, npmAuditV2Schema } from './npm-audit/npm-audit-schema.js';
import { npmErrorRun } from './npm-audit/npm-error-run.js';
import { vulnerabilityFinding } from './npm-audit/vulnerability-finding.js';
import { validateReportShape } from '../validate-report-shape.js';
import { isJsonObject } from '../../text/is-json-object.js';

const REPORT_VERSION = 2;
const TOOL = 'npm audit';

/** npm's error document: nothing but an `error` with its `summary`. */
const isNpmError = (document: Record<string, unknown>): boolean =>
  Object.keys(document).length === 1 &&
  isJsonObject(document.error) &&
  typeof document.error.summary === 'string';

/** The findings of an npm 7+ or npm 6 report; throws `InputError` for a shape or version gonogo cannot read. */
function readFindings(document: Record<string, unknown>, source: string): ParsedFinding[] {
  if ('auditReportVersion' in document) {
    const version = document.auditReportVersion;
    if (version !== REPORT_VERSION) {
      const shown = typeof version === 'string' ? `"${version}"` : JSON.stringify(version);
      throw new InputError(
        source,
        `unsupported npm audit auditReportVersion ${shown} (supported: ${REPORT_VERSION})`,
      );
    }
    const report = validateReportShape(npmAuditV2Schema, document, source, 'npm audit JSON');
    return Object.entries(report.vulnerabilities).map(([key, entry]) => vulnerabilityFinding(key, entry));
  }
  const report = validateReportShape(npmAuditV1Schema, document, source, 'npm audit JSON');
  return Object.entries(report.advisories).map(([key, entry]) => advisoryFinding(key, entry));
}

/**
 * `npm audit --json`: npm 7+'s report (`auditReportVersion` 2, one finding per vulnerable package, as npm counts
 * them), npm 6's (`advisories`, one finding per advisory), and the error document npm prints when the audit could
 * not run (one incomplete run). Tool "npm audit"; the run is otherwise complete, npm writing no error list.
 */
export const npmAuditParser: SastParser = {
  format: 'npm-audit',

  detect(document: unknown): boolean {
    if (!isJsonObject(document)) return false;
    if ('auditReportVersion' in document || isNpmError(document)) return true;
    return isJsonObject(document.advisories) && ('actions' in document || 'metadata' in document);
  },

  parse(document: unknown, source: string): ParsedRun[] {
    if (!isJsonObject(document)) throw new InputError(source, 'expected an npm audit report (a JSON object)');
    if (isNpmError(document)) return [npmErrorRun(document, source)];
    return [{ tool: TOOL, complete: true, incompleteReason: null, findings: readFindings(document, source) }];
  },
};
