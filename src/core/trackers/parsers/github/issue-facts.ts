/** Another issue an issue points to (its parent), as `owner/name` and number. */
export interface IssueRef {
  /** `owner/name`, or `null` when the export does not say. */
  repository: string | null;
  number: number;
}

/**
 * What one GitHub issue says, read from either shape (REST `snake_case`, gh CLI `camelCase`) before it becomes a
 * tracked item. Every field is already checked: unknown is `null` or empty, and `problems` says what was odd.
 */
export interface IssueFacts {
  number: number | null;
  title: string;
  /** `null` when the export has no usable state. */
  state: 'open' | 'closed' | null;
  /** GitHub's close reason in REST spelling (`completed`, `not_planned`, `duplicate`, `reopened`). */
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  /** ISO dates. */
  milestoneDue: string | null;
  created: string | null;
  updated: string | null;
  body: string | null;
  /** The issue's page (`html_url`), not its API address. */
  url: string | null;
  /** `owner/name` of the issue's own repository, when the export says. */
  repository: string | null;
  parent: IssueRef | null;
  /** GitHub's sub-issue summary, when the issue has sub-issues. */
  subIssues: { total: number; completed: number } | null;
  /** Issues still open that block this one (GitHub issue dependencies). */
  openBlockers: number;
  /** Status field values of the project boards the issue is on (gh `projectItems`). */
  projectStatuses: string[];
  /** Data-quality notes about this issue, without its key (`"created_at" is not a date: "soon"`). */
  problems: string[];
}
