/**
 * What gonogo keeps in the hidden first line of a TODO issue's body (`<!-- gonogo-todo {…} -->`): the state of the
 * sync lives in GitHub, there is no database. It identifies the TODO and what the issue's content was rendered
 * from, so that a re-run compares hashes instead of bodies (a body holds a permalink at a commit, which changes on
 * every push).
 */
export interface IssueMarker {
  /** The TODO's fingerprint: keyword, normalized text and occurrence index, not the path. */
  fingerprint: string;
  /** The repo-relative path of the TODO when the issue was last written. */
  path: string;
  /** The line of the TODO when the issue was last written: a hint for pairing an edited TODO, never compared. */
  line: number;
  /** The TODO's keyword (`TODO`, `FIXME`). */
  keyword: string;
  /** `todoContentHash` of the TODO the title and body were rendered from. */
  content: string;
  /** gonogo closed the issue because its TODO left the code: it may reopen it. A person's close is left alone. */
  closedByGonogo: boolean;
}

/** The opening of the marker: a body whose first line starts otherwise is not a gonogo TODO issue. */
export const ISSUE_MARKER_PREFIX = '<!-- gonogo-todo ';
