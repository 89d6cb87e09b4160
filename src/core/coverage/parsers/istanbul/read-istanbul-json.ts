import { InputError } from '../../../errors/input-error.js';
import { parseJson } from '../../../text/parse-json.js';
import { stripBom } from '../../../text/strip-bom.js';
import { isJsonRecord, showJsonValue } from './json-record.js';

/**
 * Parses an Istanbul JSON report (`coverage-final.json`, `coverage-summary.json`) and returns its entries, file
 * key → value, in report order. Malformed JSON fails with its line and column; anything but an object fails too.
 */
export function readIstanbulJson(text: string, source: string, reportName: string): [string, unknown][] {
  const root = parseJson(stripBom(text), source);
  if (!isJsonRecord(root)) {
    throw new InputError(
      source,
      `expected ${reportName}: a JSON object keyed by file path, found ${showJsonValue(root)}`,
    );
  }
  return Object.entries(root);
}
