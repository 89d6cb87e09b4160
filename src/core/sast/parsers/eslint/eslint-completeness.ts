import { plural } from '../../../text/plural.js';
import { reportPath } from '../../report-path.js';
import { quoteError } from '../quote-error.js';
import type { EslintResult } from './eslint-schema.js';

/**
 * Whether ESLint checked every file it was given. A fatal message (a parsing error, a crash in a parser) means
 * the file was not linted at all: the run is incomplete, quoting the first as `path:line: message`.
 */
export function eslintCompleteness(results: readonly EslintResult[]): {
  complete: boolean;
  incompleteReason: string | null;
} {
  const fatal = results.flatMap((result) =>
    result.messages.filter((message) => message.fatal === true).map((message) => ({ result, message })),
  );
  const [first] = fatal;
  if (!first) return { complete: true, incompleteReason: null };
  const place = `${reportPath(first.result.filePath)}${first.message.line ? `:${first.message.line}` : ''}`;
  const text = first.message.message?.trim() || 'fatal error';
  return {
    complete: false,
    incompleteReason: `ESLint reported ${plural(fatal.length, 'fatal error', 'fatal errors')}; first: ${quoteError(`${place}: ${text}`)}`,
  };
}
