import type { Command } from './command.js';
import type { CommandWaiver } from './command-waiver.js';

/**
 * The waiver record for a `/gonogo waive` command written by `author` at `at` (ISO 8601) while the pull request's
 * head was `headSha`.
 *
 * It waives the whole gate: `match` is `**`, which the evaluation's `waiverMatches` reads as a path glob matching
 * every finding that has a path. A comment cannot name single findings the way the rules file does, and the
 * maintainer waives the gate they saw fail. Because that is broad, the record keeps `headSha`: the App applies it
 * only while the pull request's head is that commit, so code pushed afterwards is judged again (as GitHub dismisses
 * stale approvals). It lives with the pull request, never in the rules file; `expires` is the command's `until`,
 * or `null` for as long as that head stands.
 */
export function waiverFromCommand(
  command: Extract<Command, { kind: 'waive' }>,
  granted: { author: string; at: string; headSha: string },
): CommandWaiver {
  return {
    gate: command.gate,
    match: '**',
    reason: command.reason,
    owner: granted.author,
    expires: command.until,
    grantedAt: granted.at,
    headSha: granted.headSha,
  };
}
