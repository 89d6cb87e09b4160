import type { ScannedTodo } from '../../model/todo.js';
import type { TodoMatchKind } from './match-todo-issues.js';
import type { TodoIssue } from './todo-issue.js';

/** Fields of one `PATCH /repos/{owner}/{repo}/issues/{number}`: only those that change. */
export interface IssueChanges {
  title?: string;
  body?: string;
  /** The whole set: the labels the issue has, plus the missing ones (none is ever removed). */
  labels?: string[];
  /** The whole set: the assignees the issue has, plus the TODO's. */
  assignees?: string[];
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
}

/** Open an issue for a TODO no issue tracks. Its body carries the marker, so a re-run after a crash finds it. */
export interface CreateTodoIssue {
  kind: 'create';
  todo: ScannedTodo;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

/** What made an open issue out of date. */
export type TodoUpdateReason = 'content' | 'path' | 'labels' | 'assignee';

/** Bring an open issue up to date with its TODO (edited, moved, or missing labels). */
export interface UpdateTodoIssue {
  kind: 'update';
  todo: ScannedTodo;
  issue: TodoIssue;
  how: TodoMatchKind;
  reasons: TodoUpdateReason[];
  changes: IssueChanges;
}

/** Reopen an issue gonogo closed, its TODO back in the code; a comment names the commit. */
export interface ReopenTodoIssue {
  kind: 'reopen';
  todo: ScannedTodo;
  issue: TodoIssue;
  how: TodoMatchKind;
  changes: IssueChanges;
  comment: string;
}

/**
 * Close an open issue: its TODO is gone (`gone`), now refers to an issue of its own (`referenced`), or another
 * issue already tracks it (`duplicate`). The marker records `closedByGonogo`; a comment names the commit.
 */
export interface CloseTodoIssue {
  kind: 'close';
  issue: TodoIssue;
  reason: 'gone' | 'referenced' | 'duplicate';
  changes: IssueChanges;
  comment: string;
}

/** One step of a sync: each is one write request, two for those with a comment. */
export type TodoSyncOperation = CreateTodoIssue | UpdateTodoIssue | ReopenTodoIssue | CloseTodoIssue;

/** A TODO and the issue that tracks it. */
export interface TrackedTodo {
  todo: ScannedTodo;
  issue: TodoIssue;
}

/** What a sync is to do, and what it leaves alone. */
export interface TodoSyncPlan {
  /** Updates and reopens by issue number, then closes by issue number, then creates by path and line. */
  operations: TodoSyncOperation[];
  /** TODOs whose issue is up to date. */
  unchanged: TrackedTodo[];
  /** New TODOs over the `maxNew` cap, by path then line: the next runs open them, in this order. */
  deferred: ScannedTodo[];
  /** TODOs still in the code whose issue a person closed: left closed, reported. */
  closedByHand: TrackedTodo[];
  /** TODOs that refer to an issue of their own (`TODO(#123)`): no issue opened, the one named never closed. */
  referenced: ScannedTodo[];
}

/** Where the TODOs were scanned and how their issues are labelled. */
export interface TodoSyncSettings {
  owner: string;
  repo: string;
  /** The default branch's commit that was scanned. */
  sha: string;
  /** `https://github.com`, or a GitHub Enterprise Server's URL. */
  serverUrl: string;
  /** The label every TODO issue has, the one issues are listed by (`todo`). */
  trackingLabel: string;
  /** More labels for every TODO issue. */
  labels: readonly string[];
  /** At most this many issues are opened in one run (25). */
  maxNew: number;
}
