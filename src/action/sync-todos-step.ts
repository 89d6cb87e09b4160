import { scanDirectory } from '../cli/todos/scan-directory.js';
import type { EvidenceBundle } from '../core/model/evidence-bundle.js';
import type { Rules } from '../core/rules/rules.js';
import { todoScanOptions } from '../core/todos/todo-scan-options.js';
import type { GithubClient } from '../github/create-github-client.js';
import { GitHubApiError } from '../github/github-api-error.js';
import { syncTodoIssues } from '../github/todos/sync-todo-issues.js';
import type { ActionEvent } from './action-event.js';
import type { ActionInputs } from './action-inputs.js';
import type { ActionIo } from './action-io.js';

/** What the TODO sync leaves for the job summary and the exit code. */
export interface TodoSyncStep {
  summary: string | null;
  problem: string | null;
}

/**
 * `todo-issues: on | dry-run`: keeps one issue per TODO of the workspace, on pushes to the default branch only —
 * a pull request or another branch never opens or closes one (its TODOs reach the `todos` gate and annotations).
 * Reuses the gate's scan when there was one. Writes go through the client's throttling (1 s apart, 3 s for those
 * that notify, `retry-after` honoured), one at a time. A failed listing or write is a problem for the exit code,
 * never a thrown error: the verdict is already published.
 */
export async function syncTodosStep(
  client: GithubClient,
  event: ActionEvent,
  inputs: ActionInputs,
  rules: Rules,
  bundle: EvidenceBundle,
  io: ActionIo,
): Promise<TodoSyncStep> {
  if (inputs.todoIssues === 'off') return { summary: null, problem: null };
  if (!event.defaultBranchPush) {
    io.info(
      `gonogo: todo-issues: issues are opened and closed on pushes to the default branch only; this ${event.name} run leaves them alone`,
    );
    return { summary: null, problem: null };
  }
  const scanned = bundle.todos.reports[0] ?? (await scanDirectory(io.cwd, todoScanOptions(rules)));
  // An empty workspace (no `actions/checkout`) would read as "every TODO is gone" and close every issue.
  if (scanned.files === 0)
    return {
      summary: null,
      problem:
        'TODO issues not synced: the workspace holds no source file to scan (add `actions/checkout` before gonogo)',
    };
  try {
    const result = await syncTodoIssues(client, {
      owner: event.owner,
      repo: event.repo,
      sha: event.headSha,
      serverUrl: io.env.GITHUB_SERVER_URL ?? 'https://github.com',
      todos: scanned.todos,
      mode: inputs.todoIssues,
      labels: rules.todos.labels,
      maxNew: inputs.maxNewIssues ?? rules.todos.maxNewIssues,
      // The Action's client already spaces writes as GitHub asks: no second wait on top.
      minIntervalMs: 0,
      log: io,
    });
    const done = result.failure
      ? `stopped: ${result.failure.message}`
      : `${result.mode === 'dry-run' ? 'dry run, ' : ''}${result.writeRequests} write request(s)`;
    io.info(`gonogo: todo-issues: ${scanned.todos.length} TODO(s) scanned; ${done}`);
    return {
      summary: result.summary,
      problem: result.failure ? `TODO issues not fully synced: ${result.failure.message}` : null,
    };
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    return { summary: null, problem: `TODO issues not synced: ${error.message}` };
  }
}
