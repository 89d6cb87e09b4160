import { plural } from '../../../text/plural.js';
import { quoteError } from '../quote-error.js';
import type { BanditReport } from './bandit-schema.js';

/**
 * Whether Bandit scanned every file. Its `errors` lists the files it skipped because it could not read or parse
 * them (`syntax error while parsing AST from file`): their code was not checked.
 */
export function banditCompleteness(report: BanditReport): {
  complete: boolean;
  incompleteReason: string | null;
} {
  if (report.errors.length === 0) return { complete: true, incompleteReason: null };
  const [first] = report.errors;
  const quoted = [first?.filename, first?.reason].filter(Boolean).join(': ') || '(no details)';
  return {
    complete: false,
    incompleteReason: `Bandit skipped ${plural(report.errors.length, 'file', 'files')} it could not scan; first: ${quoteError(quoted)}`,
  };
}
