import type { ScannedTodo } from '../../model/todo.js';
import type { MarkedIssue } from './marked-issue.js';
import { renderTodoIssue } from './render-todo-issue.js';
import type { IssueChanges, TodoSyncSettings, TodoUpdateReason } from './todo-sync-plan.js';

/** The changes an issue needs, and why; both empty when it is up to date. */
export interface TodoIssueChanges {
  changes: IssueChanges;
  reasons: TodoUpdateReason[];
}

const lower = (names: readonly string[]) => new Set(names.map((name) => name.toLowerCase()));

/**
 * What brings a tracked issue in line with its TODO. Title and body are re-rendered only when the marker's
 * content hash, fingerprint, keyword or path differ (or the issue is being reopened): never for a new commit or a
 * shifted line, since a permalink at an older commit still shows the TODO, and a title a person edited stays
 * until the TODO changes. Missing labels are added to those the issue has (GitHub compares them
 * case-insensitively; none is removed). The TODO's assignee is added when the content changed or on reopening,
 * so that one a person removed is not forced back on every run.
 */
export function todoIssueChanges(
  todo: ScannedTodo,
  { issue, marker }: MarkedIssue,
  settings: TodoSyncSettings,
  reopening: boolean,
): TodoIssueChanges {
  const wanted = renderTodoIssue(todo, settings);
  const changes: IssueChanges = {};
  const reasons: TodoUpdateReason[] = [];
  const contentChanged =
    marker.content !== wanted.marker.content ||
    marker.fingerprint !== wanted.marker.fingerprint ||
    marker.keyword !== wanted.marker.keyword;
  if (contentChanged) reasons.push('content');
  if (marker.path !== wanted.marker.path) reasons.push('path');
  if (reasons.length > 0 || reopening) {
    changes.body = wanted.body;
    if (wanted.title !== issue.title) changes.title = wanted.title;
  }
  const has = lower(issue.labels);
  const missing = wanted.labels.filter((label) => !has.has(label.toLowerCase()));
  if (missing.length > 0) {
    changes.labels = [...issue.labels, ...missing];
    reasons.push('labels');
  }
  const assigned = lower(issue.assignees);
  const newAssignees = wanted.assignees.filter((login) => !assigned.has(login.toLowerCase()));
  if (newAssignees.length > 0 && (contentChanged || reopening)) {
    changes.assignees = [...issue.assignees, ...newAssignees];
    reasons.push('assignee');
  }
  return { changes, reasons };
}
