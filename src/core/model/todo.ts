/** A TODO/FIXME comment found in source code: the shape `gonogo todos --format json` prints. */
export interface Todo {
  /** Repo-relative POSIX path. */
  path: string;
  /** 1-based line of the keyword. */
  line: number;
  keyword: string;
  /** The comment's text after the keyword and its metadata, on one line (`handle retries`). */
  text: string;
  /** `TODO(@alice)` → `alice`, else `null`. */
  assignee: string | null;
  /** Labels from the metadata (`TODO(p1, perf)` → `['perf']`; the priority is in `priority`). */
  labels: string[];
  /** Reference to an existing issue (`TODO(#123)` → `#123`), or `null`. */
  issue: string | null;
  /**
   * Stable identity: a hash of the keyword, the normalized text and the occurrence index among identical TODOs of
   * the same file. Not the path or the line: a moved or shifted TODO keeps it.
   */
  fingerprint: string;
}

/** What the scanner knows beyond the JSON contract: the body and the code around, for issue bodies. */
export interface ScannedTodo extends Todo {
  /** `TODO(P1)` / `TODO(p1)` → `P1`, else `null`. */
  priority: 'P0' | 'P1' | 'P2' | 'P3' | 'P4' | null;
  /** Following comment lines of the same comment (the body), trimmed, without comment markers. */
  body: string[];
  /** The source lines around the TODO, for the issue body: `startLine` is the line number of `lines[0]`. */
  context: { startLine: number; lines: string[] };
  /** The language the file was lexed as (linguist's name, e.g. `TypeScript`). */
  language: string;
}

/** One scan of a tree: what the `todos` gates read. */
export interface TodoScan {
  /** What was scanned (a directory, `owner/repo@sha`). */
  source: string;
  /** Every TODO found, by path then line. */
  todos: ScannedTodo[];
  /** Files read. */
  files: number;
}
