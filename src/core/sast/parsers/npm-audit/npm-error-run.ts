import type { ParsedRun } from '../../sast-parser.js';
import { quoteError } from '../quote-error.js';
import { validateReportShape } from '../../validate-report-shape.js';
import { npmErrorSchema } from './npm-audit-schema.js';

/**
 * npm's `{ "error": { code, summary, detail } }`: the audit did not run (no lockfile, the registry's audit
 * endpoint failing). npm exits 1 as when it finds vulnerabilities, so this is one incomplete run without
 * findings, never a clean one.
 */
export function npmErrorRun(document: unknown, source: string): ParsedRun {
  const { error } = validateReportShape(npmErrorSchema, document, source, 'npm audit JSON');
  const text = [error.code?.trim(), error.summary?.trim()].filter(Boolean).join(': ');
  return {
    tool: 'npm audit',
    complete: false,
    incompleteReason: `npm audit failed with 1 error: ${quoteError(text || 'no error message')}`,
    findings: [],
  };
}
