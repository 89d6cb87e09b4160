import { ConfigError } from '../core/errors/config-error.js';
import { InputError } from '../core/errors/input-error.js';
import { GitHubApiError } from '../github/github-api-error.js';
import { readRepositoryRules } from '../github/read-repository-rules.js';
import { syncTodoIssues } from '../github/todos/sync-todo-issues.js';
import type { TodoSyncResult } from '../core/todos/sync/todo-sync-result.js';
import type { AppEnvironment } from './app-environment.js';
import { scanCommit } from './scan-commit.js';

/** The pushed commit of the default branch. */
export interface PushedCommit {
  owner: string;
  repo: string;
  sha: string;
  /** `https://github.com` or the GitHub Enterprise Server's URL, for permalinks. */
  serverUrl: string;
}

/**
 * On a push to the default branch, with `todos.issues: on | dry-run` in the rules: one issue per TODO of the
 * pushed commit. 1. the rules (default branch); 2. the commit's tree in one archive request, scanned in memory;
 * 3. the sync (list issues with the tracking label, plan, paced writes). Returns `null` when the rules leave it
 * off. A broken rules file or a failed request is logged and ends the sync, never the process: the evaluation of
 * the push is a separate handler step.
 */
export async function syncTodosOnPush(
  env: AppEnvironment,
  commit: PushedCommit,
): Promise<TodoSyncResult | null> {
  const { owner, repo, sha } = commit;
  try {
    const { rules } = await readRepositoryRules(env.client, { owner, repo });
    if (rules.todos.issues === 'off') return null;
    const scan = await scanCommit(env.client, rules, { owner, repo, sha });
    if (scan.files === 0) {
      // An empty archive would read as "every TODO is gone" and close every issue.
      env.log.warn(
        `gonogo: TODO issues of ${owner}/${repo} not synced: the commit's archive holds no source file`,
      );
      return null;
    }
    const result = await syncTodoIssues(env.client, {
      owner,
      repo,
      sha,
      serverUrl: commit.serverUrl,
      todos: scan.todos,
      mode: rules.todos.issues,
      labels: rules.todos.labels,
      maxNew: rules.todos.maxNewIssues,
      // Probot's Octokit already spaces writes as GitHub asks (throttling plugin: 1 s, 3 s for those that
      // notify): no second wait on top, so a first run of 25 issues ends in minutes, not twice that.
      minIntervalMs: 0,
      log: { info: env.log.info, warning: env.log.warn },
    });
    env.log.info(
      `gonogo: TODO issues of ${owner}/${repo}@${sha.slice(0, 7)}: ${scan.todos.length} TODO(s) in ${scan.files} files; ${result.writeRequests} write request(s)${result.failure ? `; stopped: ${result.failure.message}` : ''}`,
    );
    return result;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof GitHubApiError || error instanceof InputError) {
      env.log.warn(`gonogo: TODO issues of ${owner}/${repo} not synced: ${error.message}`);
      return null;
    }
    throw error;
  }
}
