import { cweIds } from '../../cwe-ids.js';
import type { ParsedFinding } from '../../sast-parser.js';
import { advisoryId } from './advisory-id.js';
import type { NpmAdvisory } from './npm-audit-schema.js';
import { npmSeverity } from './npm-severity.js';

// What the registry wrote as `patched_versions` when no version is patched.
const NO_PATCH = '<0.0.0';

const collapse = (value: string | undefined): string => value?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * One advisory of an npm 6 report: `debug 2.2.0: Regular Expression Denial of Service (vulnerable: <= 2.6.8;
 * fixed in: >= 2.6.9)`, rule its GHSA id or `npm:<id>`. One finding per advisory however many dependency paths
 * lead to the package (npm 6's `metadata.vulnerabilities` counts the paths). No path or line: the report does
 * not say which lockfile it read. The identity is the package, as for npm 7+ reports.
 */
export function advisoryFinding(key: string, advisory: NpmAdvisory): ParsedFinding {
  const ruleId =
    advisoryId({ ghsa: advisory.github_advisory_id, url: advisory.url, id: advisory.id ?? key }) ??
    `npm:${key}`;
  const versions = [...new Set((advisory.findings ?? []).map((finding) => finding?.version?.trim()))];
  const installed = versions.filter(Boolean).join(', ');
  const label = installed ? `${advisory.module_name} ${installed}` : advisory.module_name;
  const vulnerable = collapse(advisory.vulnerable_versions);
  const patched = collapse(advisory.patched_versions);
  const details = [
    vulnerable ? `vulnerable: ${vulnerable}` : '',
    patched === NO_PATCH ? 'no fix yet' : patched ? `fixed in: ${patched}` : '',
  ].filter(Boolean);
  const title = collapse(advisory.title) || `advisory ${ruleId}`;
  return {
    ruleId,
    severity: npmSeverity(advisory.severity),
    path: null,
    line: null,
    endLine: null,
    message: `${label}: ${title}${details.length > 0 ? ` (${details.join('; ')})` : ''}`,
    suppressed: false,
    baselineState: null,
    confidence: null,
    cwes: cweIds(advisory.cwe),
    toolFingerprint: `package=${advisory.module_name}`,
    snippet: null,
  };
}
