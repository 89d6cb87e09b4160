import type { IssueMarker } from './issue-marker.js';
import type { TodoIssue } from './todo-issue.js';

/** An issue gonogo opened for a TODO: the issue as read, and its parsed marker. */
export interface MarkedIssue {
  issue: TodoIssue;
  marker: IssueMarker;
}
