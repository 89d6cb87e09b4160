import type * as z from 'zod';
import { InputError } from '../../../errors/input-error.js';
import { formatPath } from '../../../rules/yaml-locate.js';
import { sarifLogSchema } from './sarif-schema.js';
import type { SarifLog } from './sarif-schema.js';

const SUPPORTED_VERSION = '2.1.0';

/** `a string`, `an object`, `null`: what a JSON value is, for messages. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = document;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, document: unknown): string {
  const place = formatPath(issue.path) || 'document';
  const actual = valueAt(document, issue.path);
  if (issue.code === 'invalid_type') {
    const expected = /^[aeiou]/.test(issue.expected) ? `an ${issue.expected}` : `a ${issue.expected}`;
    return `${place}: expected ${expected}, got ${describeValue(actual)}`;
  }
  if (issue.code === 'invalid_value') {
    const got = typeof actual === 'string' ? `"${actual}"` : describeValue(actual);
    return `${place}: expected one of ${issue.values.map(String).join(', ')}, got ${got}`;
  }
  return `${place}: ${issue.message}`;
}

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
  const parsed = sarifLogSchema.safeParse(document);
  if (parsed.success) return parsed.data;
  const [first] = parsed.error.issues;
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
  throw new InputError(source, `${first ? describeIssue(first, document) : 'not a SARIF log'}${more}`);
}
