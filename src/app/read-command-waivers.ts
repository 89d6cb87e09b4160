import { decodeWaiverRecord } from '../core/commands/waiver-record.js';
import type { GateWaiver } from '../core/model/gate-waiver.js';
import type { BotComment } from '../github/bot-comments.js';

/** The waivers that apply to the pull request's current head, and notes for the ones that no longer do. */
export interface CommandWaivers {
  waivers: GateWaiver[];
  notes: string[];
}

/**
 * The waivers recorded by the App's replies to `/gonogo waive` (only its own comments are read: a person cannot
 * forge one). A waiver covers the commit the maintainer saw fail: after new commits it stops applying, and the
 * report says so, as GitHub dismisses stale approvals.
 */
export function readCommandWaivers(comments: readonly BotComment[], headSha: string): CommandWaivers {
  const waivers: GateWaiver[] = [];
  const notes: string[] = [];
  for (const comment of comments) {
    const record = decodeWaiverRecord(comment.body);
    if (!record) continue;
    if (record.headSha !== headSha) {
      notes.push(
        `waiver of ${record.gate} by ${record.owner} was for ${record.headSha.slice(0, 7)}; new commits were pushed since, so it no longer applies`,
      );
      continue;
    }
    waivers.push({
      gate: record.gate,
      reason: record.reason,
      owner: record.owner,
      expires: record.expires,
      grantedAt: record.grantedAt,
      source: comment.url,
    });
  }
  return { waivers, notes };
}
