import { reportPath } from '../../report-path.js';
import type { ParsedFinding } from '../../sast-parser.js';
import { lineSpan } from '../line-span.js';
import type { CheckovCheck } from './checkov-schema.js';
import { checkovSeverity } from './checkov-severity.js';

/**
 * The file, repository-relative when Checkov knows it. Checkov writes paths with a leading `/` even when they are
 * relative (`/main.tf`, `Record._determine_repo_file_path`) and strips it itself in its SARIF output.
 * `repo_file_path` is relative to where Checkov ran, `file_path` to the scanned directory: the first is what
 * Checkov's SARIF output uses and what matches the repository when Checkov runs from its root.
 */
function checkPath(check: CheckovCheck): string | null {
  const raw = (check.repo_file_path || check.file_path)?.replace(/^\/+/, '');
  return raw ? reportPath(raw) : null;
}

/** `lodash 4.17.4: CVE-2019-10744 (fixed in 4.17.12)` for SCA checks; `<check name> (<resource>)` otherwise. */
function checkMessage(check: CheckovCheck): string {
  const vulnerability = check.vulnerability_details;
  if (vulnerability?.package_name) {
    const fixed = vulnerability.lowest_fixed_version
      ? ` (fixed in ${vulnerability.lowest_fixed_version})`
      : '';
    const version = vulnerability.package_version ? ` ${vulnerability.package_version}` : '';
    return `${vulnerability.package_name}${version}: ${vulnerability.id ?? check.check_name ?? check.check_id}${fixed}`;
  }
  const name = check.check_name?.trim() || check.check_id;
  return check.resource ? `${name} (${check.resource})` : name;
}

/**
 * One failed (open) or skipped check (suppressed: a `checkov:skip=` comment; `--skip-check` runs no check at all). No snippet: Checkov quotes
 * the whole resource block, with secrets only partly masked, and the resource named in the message identifies
 * the finding better than a block that changes with every edit to the resource.
 */
export function checkovFinding(check: CheckovCheck, suppressed: boolean): ParsedFinding {
  const [start, end] = check.file_line_range ?? [];
  // Checkov writes [0, 0] for checks on a whole file (its SARIF output bumps them to line 1).
  const line = start !== undefined && Number.isInteger(start) && start > 0 ? start : undefined;
  return {
    ruleId: check.check_id,
    severity: checkovSeverity(check),
    path: checkPath(check),
    ...lineSpan(line, end !== undefined && Number.isInteger(end) ? end : undefined),
    message: checkMessage(check),
    suppressed,
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: null,
  };
}
