import type { TodoSyncOperation, TodoSyncPlan } from './todo-sync-plan.js';

/** An operation that was carried out, and the issue it wrote. */
export interface AppliedTodoOperation {
  operation: TodoSyncOperation;
  number: number;
  url: string;
  /** Something worth telling that did not stop it (an assignee GitHub refused, a comment that failed). */
  note?: string;
}

/** The write that failed and stopped the run: the operations after it were not attempted. */
export interface TodoSyncFailure {
  operation: TodoSyncOperation;
  /** HTTP status, or `null` for a network failure. */
  status: number | null;
  message: string;
}

/** What a sync did (`on`) or would do (`dry-run`). */
export interface TodoSyncResult {
  mode: 'on' | 'dry-run';
  /** The commit scanned. */
  sha: string;
  plan: TodoSyncPlan;
  /** Operations done, in order. Empty in a dry run. */
  applied: AppliedTodoOperation[];
  failure: TodoSyncFailure | null;
  /** Operations not attempted after a failure (a re-run does them: it plans again from what GitHub has). */
  notAttempted: TodoSyncOperation[];
  /** Write requests sent, comments and retries included. */
  writeRequests: number;
  /** Markdown for a job summary (`renderSyncSummary`). */
  summary: string;
}
