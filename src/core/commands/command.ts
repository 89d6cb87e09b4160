/**
 * One `/gonogo` command of a pull-request comment:
 * - `evaluate` (`/gonogo`): evaluate the pull request again;
 * - `report` (`/gonogo report`): post the full report;
 * - `help` (`/gonogo help`): answer with the list of commands;
 * - `waive` (`/gonogo waive <gate> <reason…> [until YYYY-MM-DD]`): accept a failing gate, for this pull request.
 */
export type Command =
  | { kind: 'evaluate' }
  | { kind: 'report' }
  | { kind: 'help' }
  | {
      kind: 'waive';
      /** A gate id, lower-cased (ids are kebab-case). */
      gate: string;
      /** Why, as written (whitespace collapsed); never empty. */
      reason: string;
      /** Last day the waiver applies, `YYYY-MM-DD`, or `null` for as long as the pull request lives. */
      until: string | null;
    };

/** A line that looked like a command but could not be read: the App replies with `message`. */
export interface CommandError {
  /** 1-based line of the comment. */
  line: number;
  /** Short, user-facing, markdown-safe (user text is quoted as inline code). */
  message: string;
}

/** The commands of one comment, in the order written, and the malformed ones. */
export interface CommentCommands {
  commands: Command[];
  errors: CommandError[];
}
