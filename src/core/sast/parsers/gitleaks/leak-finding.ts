import { reportPath } from '../../report-path.js';
import type { ParsedFinding } from '../../sast-parser.js';
import { lineSpan } from '../line-span.js';

/** Where a leak is and what found it, as both gitleaks versions say it (without the secret). */
export interface Leak {
  ruleId: string;
  /** The rule's description, when it says more than its id. */
  description: string | undefined;
  file: string | undefined;
  commit: string | undefined;
  startLine: number | undefined;
  endLine: number | undefined;
}

/** A commit hash as git shows it short; gitleaks writes full SHA-1 or SHA-256 hashes. */
const SHORT_COMMIT = 7;

/**
 * A leak as a finding: always critical (gitleaks has no severity, and a committed secret is exposed whatever its
 * kind). The message names the rule and the commit, `AWS Access Key (aws-access-token) in commit 1a2b3c4`, never
 * the line: it is the finding's identity, and a leak's commit does not change once it is in history. No
 * fingerprint and no snippet: gitleaks' `Fingerprint` embeds the line, and the matched code holds the secret.
 */
export function leakFinding(leak: Leak): ParsedFinding {
  // Recent gitleaks versions describe rules in sentences: the final period would sit before the id.
  const description = leak.description?.trim().replace(/\.$/, '');
  const rule = description && description !== leak.ruleId ? `${description} (${leak.ruleId})` : leak.ruleId;
  const commit = leak.commit?.trim().slice(0, SHORT_COMMIT);
  const file = leak.file?.trim();
  return {
    ruleId: leak.ruleId,
    severity: 'critical',
    path: file ? reportPath(file) : null,
    ...lineSpan(leak.startLine, leak.endLine),
    message: commit ? `${rule} in commit ${commit}` : rule,
    suppressed: false,
    baselineState: null,
    confidence: null,
    cwes: [],
    toolFingerprint: null,
    snippet: null,
  };
}
