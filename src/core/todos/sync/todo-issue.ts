/** An issue of the repository as the TODO sync reads it: what it compares its plan with. */
export interface TodoIssue {
  number: number;
  state: 'open' | 'closed';
  /** `completed`, `not_planned`, `reopened`, `duplicate`, or `null` (never closed, or an old issue). */
  stateReason: string | null;
  title: string;
  /** Markdown; an empty body is `''`. */
  body: string;
  /** Label names. */
  labels: string[];
  /** Assignee logins. */
  assignees: string[];
  htmlUrl: string;
}
