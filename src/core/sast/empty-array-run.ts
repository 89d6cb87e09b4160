import type { SastFormat } from '../model/finding.js';
import type { ParsedRun } from './sast-parser.js';

/** Tools that print a bare JSON array, and therefore `[]` when they find nothing. */
const ARRAY_TOOLS: readonly { pattern: RegExp; tool: string; format: SastFormat }[] = [
  { pattern: /gitleaks|leaks/i, tool: 'gitleaks', format: 'gitleaks' },
  { pattern: /trivy/i, tool: 'Trivy', format: 'trivy' },
  { pattern: /eslint|lint/i, tool: 'ESLint', format: 'eslint' },
];

/**
 * An empty JSON array: what ESLint, gitleaks and old Trivy print when they find nothing. Content cannot tell
 * which, so the file name decides (`gitleaks.json`, `eslint-report.json`), ESLint by default: a complete run with
 * no findings either way, and gates filtering on `tools:` see the tool the name points to.
 */
export function emptyArrayRun(source: string): { format: SastFormat; run: ParsedRun } {
  const name = source.split('/').pop() ?? source;
  const match = ARRAY_TOOLS.find((candidate) => candidate.pattern.test(name)) ?? {
    tool: 'ESLint',
    format: 'eslint' as const,
  };
  return {
    format: match.format,
    run: { tool: match.tool, complete: true, incompleteReason: null, findings: [] },
  };
}
