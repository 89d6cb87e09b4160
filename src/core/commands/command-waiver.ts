import type { WaiverRule } from '../rules/rules.js';

/**
 * A waiver granted by `/gonogo waive` in a pull-request comment: a `WaiverRule` (so the evaluation applies it
 * like one from the rules file) plus who granted it on which commit, for the App to store with the pull request.
 */
export interface CommandWaiver extends WaiverRule {
  gate: string;
  /** `**`: every finding of the gate (see `waiverFromCommand`). */
  match: string;
  /** The login of the maintainer who wrote the command. */
  owner: string;
  /** When the command was written (the comment's `created_at`, ISO 8601). */
  grantedAt: string;
  /** The pull request's head commit when it was written: the code the maintainer saw fail. */
  headSha: string;
}
