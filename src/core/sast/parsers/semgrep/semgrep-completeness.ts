import { plural } from '../../../text/plural.js';
import { quoteError } from '../quote-error.js';
import type { SemgrepError, SemgrepReport } from './semgrep-schema.js';

/** `Syntax error (warn): …`: the error's kind, level and text, as Semgrep's own SARIF notifications carry them. */
function describeError(error: SemgrepError): string {
  if (!error) return '(an error that is not an object)';
  const kind = Array.isArray(error.type) ? error.type.find((part) => typeof part === 'string') : error.type;
  const label = `${typeof kind === 'string' ? kind : 'error'}${error.level ? ` (${error.level})` : ''}`;
  const text = error.message ?? error.long_msg ?? error.short_msg ?? error.path;
  return text ? `${label}: ${text}` : label;
}

/**
 * Whether the scan covered everything. Any entry in `errors` means it did not: a file that did not parse, a
 * rule that did not load, a timeout. Even warn-level ones (partial parsing) leave code unscanned.
 */
export function semgrepCompleteness(report: SemgrepReport): {
  complete: boolean;
  incompleteReason: string | null;
} {
  const [first] = report.errors;
  if (report.errors.length === 0) return { complete: true, incompleteReason: null };
  return {
    complete: false,
    incompleteReason: `Semgrep reported ${plural(report.errors.length, 'error', 'errors')}; first: ${quoteError(describeError(first))}`,
  };
}
