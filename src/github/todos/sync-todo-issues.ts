import { setTimeout as delay } from 'node:timers/promises';
import { ConfigError } from '../../core/errors/config-error.js';
import type { ScannedTodo } from '../../core/model/todo.js';
import { planTodoSync } from '../../core/todos/sync/plan-todo-sync.js';
import { renderSyncSummary } from '../../core/todos/sync/render-sync-summary.js';
import type { TodoSyncResult } from '../../core/todos/sync/todo-sync-result.js';
import type { GithubClient } from '../create-github-client.js';
import { applyTodoSync } from './apply-todo-sync.js';
import { listTodoIssues } from './list-todo-issues.js';
import type { TodoSyncLog } from './todo-sync-log.js';

/** A sync of TODO issues: where, what was scanned, and how. */
export interface SyncTodoIssuesOptions {
  owner: string;
  repo: string;
  /** The default branch's commit that was scanned. The caller makes sure it is the default branch, not a PR. */
  sha: string;
  /** `https://github.com` (`GITHUB_SERVER_URL`), for permalinks. */
  serverUrl: string;
  /** Every TODO the scan found; those with an issue reference (`TODO(#123)`) get no issue of their own. */
  todos: readonly ScannedTodo[];
  /** `on` writes; `dry-run` reads the issues, plans, and writes nothing. */
  mode: 'on' | 'dry-run';
  /** More labels for every TODO issue (none). */
  labels?: readonly string[];
  /** The label TODO issues carry and are listed by (`todo`). */
  trackingLabel?: string;
  /** At most this many issues opened per run (25); the rest are deferred to the next runs. */
  maxNew?: number;
  /** Waits that many milliseconds (a timer); tests pass a recorder. */
  sleep?: (ms: number) => Promise<void>;
  /** Least time between two write requests (1000). */
  minIntervalMs?: number;
  log?: TodoSyncLog;
}

/**
 * Syncs the TODOs of a scan with GitHub issues, one issue per TODO, never two:
 * 1. list the issues with the tracking label, open and closed (`listTodoIssues`);
 * 2. plan: pair them with the TODOs by the marker in their body, decide creates, updates, closes and reopens
 *    (`planTodoSync`, pure);
 * 3. apply the plan, serially and paced (`applyTodoSync`; nothing in a dry run);
 * 4. summarise it as markdown (`renderSyncSummary`).
 * A failed listing throws `GitHubApiError`; a failed write ends the run cleanly, reported in `failure`. Invalid
 * options are a `ConfigError`.
 */
export async function syncTodoIssues(
  client: GithubClient,
  options: SyncTodoIssuesOptions,
): Promise<TodoSyncResult> {
  const trackingLabel = (options.trackingLabel ?? 'todo').trim();
  if (trackingLabel === '' || trackingLabel.includes(',') || trackingLabel.length > 50)
    throw new ConfigError(
      `todo tracking label: ${JSON.stringify(options.trackingLabel)} is not a label name (1 to 50 characters, no comma)`,
    );
  const maxNew = options.maxNew ?? 25;
  if (!Number.isInteger(maxNew) || maxNew < 0)
    throw new ConfigError(`todo maxNew: ${maxNew} is not a whole number of issues (0 or more)`);
  if (options.sha.trim() === '') throw new ConfigError('todo sync: the commit sha is empty');
  const { owner, repo, sha, mode } = options;

  // 1. What GitHub has.
  const issues = await listTodoIssues(client, { owner, repo, trackingLabel });
  // 2. What to do.
  const plan = planTodoSync(options.todos, issues, {
    owner,
    repo,
    sha,
    serverUrl: options.serverUrl,
    trackingLabel,
    labels: options.labels ?? [],
    maxNew,
  });
  // 3. Do it.
  const done = await applyTodoSync(client, plan, {
    owner,
    repo,
    mode,
    sleep: options.sleep ?? ((ms) => delay(ms)),
    ...(options.minIntervalMs !== undefined ? { minIntervalMs: options.minIntervalMs } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  // 4. Say what was done.
  const result = { mode, sha, plan, ...done };
  return { ...result, summary: renderSyncSummary(result) };
}
