import { formatPercent } from '../text/format-percent.js';
import { plural } from '../text/plural.js';
import type { GateContext } from './gate-context.js';

const EXAMPLES = 3;

/**
 * Whether coverage gates can trust the report paths: over `max-unresolved-paths` percent of report files matching
 * no repository file fails them (a silent 0 % or an empty module is what other tools show); fewer is a note.
 */
export function unresolvedPaths(context: GateContext): { failure: string | null; note: string | null } {
  const { unresolved, total, suggestion } = context.coveragePaths;
  if (unresolved.length === 0 || total === 0) return { failure: null, note: null };
  const share = (100 * unresolved.length) / total;
  const examples = unresolved
    .slice(0, EXAMPLES)
    .map((entry) =>
      entry.reason === 'ambiguous' ? `${entry.path} (ambiguous: ${entry.candidates.join(', ')})` : entry.path,
    )
    .join(', ');
  const fix = suggestion
    ? `; add to inputs.path-mappings: "${suggestion}"`
    : '; add an inputs.path-mappings entry "report-prefix::repo-prefix"';
  const counted = `${unresolved.length} of ${plural(total, 'report file')} match no repository file`;
  if (share > context.rules.inputs.maxUnresolvedPaths) {
    return {
      failure: `${counted} (${formatPercent(share)}, more than ${formatPercent(context.rules.inputs.maxUnresolvedPaths)}), e.g. ${examples}${fix}`,
      note: null,
    };
  }
  return { failure: null, note: `${counted} and count only in overall totals, e.g. ${examples}` };
}
