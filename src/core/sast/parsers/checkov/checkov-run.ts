import { plural } from '../../../text/plural.js';
import type { ParsedRun } from '../../sast-parser.js';
import { quoteError } from '../quote-error.js';
import { checkovFinding } from './checkov-finding.js';
import type { CheckovFramework } from './checkov-schema.js';

/**
 * One framework's run. Incomplete when Checkov could not parse some files (`results.parsing_errors` lists them,
 * `summary.parsing_errors` counts them, also under `--quiet`): their resources were not checked.
 */
export function checkovRun(framework: CheckovFramework): ParsedRun {
  const listed = framework.results.parsing_errors ?? [];
  const count = Math.max(listed.length, framework.summary?.parsing_errors ?? 0);
  const [first] = listed;
  const quoted = typeof first === 'string' ? `; first: ${quoteError(first)}` : '';
  return {
    tool: 'Checkov',
    complete: count === 0,
    incompleteReason:
      count === 0
        ? null
        : `Checkov (${framework.check_type}) could not parse ${plural(count, 'file', 'files')}${quoted}`,
    findings: [
      ...framework.results.failed_checks.map((check) => checkovFinding(check, false)),
      ...(framework.results.skipped_checks ?? []).map((check) => checkovFinding(check, true)),
    ],
  };
}
