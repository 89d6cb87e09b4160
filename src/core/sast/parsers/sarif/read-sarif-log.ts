import { InputError } from '../../../errors/input-error.js';
import { describeValue, validateReportShape } from '../../validate-report-shape.js';
import { sarifLogSchema } from './sarif-schema.js';
import type { SarifLog } from './sarif-schema.js';

const SUPPORTED_VERSION = '2.1.0';

/**
 * Checks that a parsed document is a SARIF 2.1.0 log gonogo can read. Throws `InputError` for another version
 * (1.x and the 2.0.0 pre-releases have other shapes) and for a malformed shape, naming the JSON place:
 * `runs[0].results[3]: expected an object, got a string`.
 */
export function readSarifLog(document: unknown, source: string): SarifLog {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new InputError(source, `expected a SARIF log (a JSON object), got ${describeValue(document)}`);
  }
  const version = (document as { version?: unknown }).version;
  if (version === undefined)
    throw new InputError(source, `missing SARIF version (supported: ${SUPPORTED_VERSION})`);
  if (version !== SUPPORTED_VERSION) {
    const shown = typeof version === 'string' ? version : JSON.stringify(version);
    throw new InputError(source, `unsupported SARIF version ${shown} (supported: ${SUPPORTED_VERSION})`);
  }
  return validateReportShape(sarifLogSchema, document, source, 'SARIF');
}
