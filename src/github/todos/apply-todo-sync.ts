import type { TodoSyncOperation, TodoSyncPlan, IssueChanges } from '../../core/todos/sync/todo-sync-plan.js';
import type { AppliedTodoOperation, TodoSyncResult } from '../../core/todos/sync/todo-sync-result.js';
import type { GithubClient } from '../create-github-client.js';
import { GitHubApiError } from '../github-api-error.js';
import { createPacedWriter } from './create-paced-writer.js';
import type { TodoSyncLog } from './todo-sync-log.js';

const ISSUES_WRITE = {
  name: 'issues',
  needs: 'write issues (it needs the "issues: write" permission)',
};

/** How to carry out a plan. */
export interface ApplyTodoSyncOptions {
  owner: string;
  repo: string;
  /** `dry-run` sends nothing. */
  mode: 'on' | 'dry-run';
  /** Waits that many milliseconds: between writes, and for a rate limit's `retry-after`. */
  sleep: (ms: number) => Promise<void>;
  /** Least time between two write requests (1000). */
  minIntervalMs?: number;
  /** Retries of one request after a secondary rate limit (3). */
  maxRateLimitRetries?: number;
  /** Longest `retry-after` waited out, in seconds (120). */
  maxRetryAfterSeconds?: number;
  log?: TodoSyncLog;
}

/** What `applyTodoSync` did. */
export type AppliedTodoSync = Pick<TodoSyncResult, 'applied' | 'failure' | 'notAttempted' | 'writeRequests'>;

const hasStatus = (error: unknown, status: number) =>
  error instanceof Error && (error as { status?: unknown }).status === status;

/** `IssueChanges` as the REST API names them. */
const patchOf = (changes: IssueChanges) => ({
  ...(changes.title !== undefined ? { title: changes.title } : {}),
  ...(changes.body !== undefined ? { body: changes.body } : {}),
  ...(changes.labels !== undefined ? { labels: changes.labels } : {}),
  ...(changes.assignees !== undefined ? { assignees: changes.assignees } : {}),
  ...(changes.state !== undefined ? { state: changes.state } : {}),
  ...(changes.stateReason !== undefined ? { state_reason: changes.stateReason } : {}),
});

const describeOperation = (operation: TodoSyncOperation) =>
  operation.kind === 'create'
    ? `create an issue for ${operation.todo.path}:${operation.todo.line}`
    : `${operation.kind} #${operation.issue.number}`;

/**
 * Carries out a plan's operations in order, one write request at a time, `minIntervalMs` apart, secondary rate
 * limits waited out as `retry-after` asks. A create sends its marker in the body, in the same request: a run
 * that dies halfway leaves issues a re-run finds by listing, never a duplicate. A close or reopen is one `PATCH`
 * (state, and the marker's `closedByGonogo`) and then a comment naming the commit — in that order, so a crash
 * between them loses a comment rather than posting it twice. An assignee GitHub refuses (422) is dropped and the
 * create retried once. Any other failure stops the run cleanly: the result says what was done, what failed (as a
 * `GitHubApiError` message) and what was not attempted. A dry run sends nothing.
 */
export async function applyTodoSync(
  client: GithubClient,
  plan: TodoSyncPlan,
  options: ApplyTodoSyncOptions,
): Promise<AppliedTodoSync> {
  const { owner, repo, log } = options;
  if (options.mode === 'dry-run') return { applied: [], failure: null, notAttempted: [], writeRequests: 0 };
  const writer = createPacedWriter({
    sleep: options.sleep,
    minIntervalMs: options.minIntervalMs ?? 1000,
    maxRetries: options.maxRateLimitRetries ?? 3,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 120,
    ...(log ? { log } : {}),
  });

  const comment = (issueNumber: number, body: string) =>
    writer.write(`a comment on #${issueNumber}`, () =>
      client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }),
    );

  async function create(
    operation: Extract<TodoSyncOperation, { kind: 'create' }>,
  ): Promise<AppliedTodoOperation> {
    const send = (assignees: string[]) =>
      writer.write(describeOperation(operation), () =>
        client.rest.issues.create({
          owner,
          repo,
          title: operation.title,
          body: operation.body,
          labels: operation.labels,
          ...(assignees.length > 0 ? { assignees } : {}),
        }),
      );
    try {
      const { data } = await send(operation.assignees);
      return { operation, number: data.number, url: data.html_url };
    } catch (error) {
      if (!hasStatus(error, 422) || operation.assignees.length === 0) throw error;
      const note = `GitHub refused the assignee ${operation.assignees.join(', ')}; the issue is unassigned`;
      log?.warning(`${describeOperation(operation)}: ${note}`);
      const { data } = await send([]);
      return { operation, number: data.number, url: data.html_url, note };
    }
  }

  const applied: AppliedTodoOperation[] = [];
  for (const [index, operation] of plan.operations.entries()) {
    // `halfDone`: the issue was written but its comment was not (the issue is among `applied`).
    const stop = (error: unknown, halfDone?: string): AppliedTodoSync => {
      const failure = GitHubApiError.from(error, `${owner}/${repo}`, ISSUES_WRITE);
      const message = halfDone ? `${halfDone} but its comment failed: ${failure.message}` : failure.message;
      log?.warning(`TODO sync stopped: could not ${describeOperation(operation)}: ${message}`);
      return {
        applied,
        failure: { operation, status: failure.status, message },
        notAttempted: plan.operations.slice(index + 1),
        writeRequests: writer.requests,
      };
    };
    let done: AppliedTodoOperation;
    try {
      if (operation.kind === 'create') {
        done = await create(operation);
      } else {
        const { number } = operation.issue;
        const { data } = await writer.write(describeOperation(operation), () =>
          client.rest.issues.update({ owner, repo, issue_number: number, ...patchOf(operation.changes) }),
        );
        done = { operation, number, url: data.html_url };
      }
    } catch (error) {
      return stop(error);
    }
    if (operation.kind === 'close' || operation.kind === 'reopen') {
      try {
        await comment(done.number, operation.comment);
      } catch (error) {
        applied.push({ ...done, note: 'its comment could not be posted' });
        return stop(error, `#${done.number} was ${operation.kind === 'close' ? 'closed' : 'reopened'}`);
      }
    }
    log?.info(`TODO sync: ${describeOperation(operation)} → #${done.number}`);
    applied.push(done);
  }
  return { applied, failure: null, notAttempted: [], writeRequests: writer.requests };
}
