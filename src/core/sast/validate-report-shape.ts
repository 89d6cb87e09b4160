import type * as z from 'zod';
import { InputError } from '../errors/input-error.js';
import { formatPath } from '../rules/yaml-locate.js';

/** `a string`, `an object`, `null`: what a JSON value is, for messages. */
export function describeValue(value: unknown): string {
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
 * Checks a report against the part of its schema gonogo reads. Throws `InputError` naming the first
 * problem's JSON place (`results[3].extra.severity: expected one of ERROR, …, got "FATAL"`) and how many more
 * there are, so a malformed report is refused on one line instead of read as fewer findings.
 */
export function validateReportShape<T extends z.ZodType>(
  schema: T,
  document: unknown,
  source: string,
  format: string,
): z.output<T> {
  const parsed = schema.safeParse(document);
  if (parsed.success) return parsed.data;
  const [first] = parsed.error.issues;
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
  throw new InputError(source, `${first ? describeIssue(first, document) : `not a ${format} report`}${more}`);
}
