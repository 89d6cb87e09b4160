import type { ApplicationFunction, Context, Probot } from 'probot';
import type { GithubClient } from '../github/create-github-client.js';
import { APP_CHECK_NAME } from './app-environment.js';
import type { AppEnvironment } from './app-environment.js';
import { evaluateCommit } from './evaluate-commit.js';
import { onCheckRequestedAction } from './handlers/on-check-requested-action.js';
import { onIssueComment } from './handlers/on-issue-comment.js';
import { resolveTarget } from './resolve-target.js';
import { syncTodosOnPush } from './sync-todos-on-push.js';

/** How the App is built: fixed in tests, from the environment in production. */
export interface GonogoAppOptions {
  /** The clock (default: the system's). */
  now?: () => Date;
  /** The App's id, to trust only its own comments as waiver records (default: `APP_ID`). */
  appId?: number;
}

const PULL_REQUEST_EVENTS = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
  'pull_request.ready_for_review',
] as const;

/**
 * The gonogo GitHub App. It judges a commit once the workflows that produce its reports are done, publishing one
 * check run (and, on pull requests, one sticky comment), and answers `/gonogo` commands. All state lives in
 * GitHub (check runs, hidden markers in comments), so any instance can take any delivery.
 */
export function createGonogoApp(options: GonogoAppOptions = {}): ApplicationFunction {
  return (app: Probot) => {
    const appId = options.appId ?? (Number(process.env.APP_ID) || undefined);
    const environment = (context: Context): AppEnvironment => ({
      // Probot's Octokit carries the same REST methods and pagination as the Action's client.
      client: context.octokit as unknown as GithubClient,
      log: {
        info: (message) => context.log.info(message),
        warn: (message) => context.log.warn(message),
        error: (message) => context.log.error(message),
      },
      now: options.now ?? (() => new Date()),
      ...(appId === undefined ? {} : { appId }),
      checkName: APP_CHECK_NAME,
    });
    // Handlers run to their end: under `probot run` the webhooks middleware answers GitHub after 9 s while they go
    // on, and the serverless handler (`createWebhookHandler`) does the same with its own deadline.
    app.on([...PULL_REQUEST_EVENTS], async (context) => {
      const { pull_request: pull, repository } = context.payload;
      await evaluateCommit(environment(context), {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: pull.head.sha,
        pull: { number: pull.number, baseSha: pull.base.sha },
        baseSha: pull.base.sha,
        defaultBranchPush: false,
        trigger: `pull_request.${context.payload.action}`,
      });
    });

    app.on('workflow_run.completed', async (context) => {
      const { workflow_run: run, repository } = context.payload;
      const env = environment(context);
      const target = await resolveTarget(env, {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: run.head_sha,
        pulls: run.pull_requests,
        headBranch: run.head_branch ?? null,
        headRepo: run.head_repository?.full_name ?? null,
        defaultBranch: repository.default_branch,
        cause: run.event,
        trigger: `workflow_run.completed (${run.name ?? run.path})`,
      });
      await evaluateCommit(env, target);
    });

    app.on(['check_run.rerequested', 'check_run.requested_action'], async (context) => {
      const { check_run: run, repository } = context.payload;
      if (run.name !== APP_CHECK_NAME || (appId !== undefined && run.app?.id !== appId)) return;
      const env = environment(context);
      const target = await resolveTarget(env, {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: run.head_sha,
        pulls: run.pull_requests,
        headBranch: run.check_suite?.head_branch ?? null,
        headRepo: null,
        defaultBranch: repository.default_branch,
        cause: null,
        trigger: `check_run.${context.payload.action}`,
      });
      if (context.payload.action === 'requested_action')
        await onCheckRequestedAction(env, target, context.payload.requested_action?.identifier ?? '');
      else await evaluateCommit(env, target);
    });

    app.on('check_suite.rerequested', async (context) => {
      const { check_suite: suite, repository } = context.payload;
      if (appId !== undefined && suite.app?.id !== appId) return;
      const env = environment(context);
      const target = await resolveTarget(env, {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: suite.head_sha,
        pulls: suite.pull_requests,
        headBranch: suite.head_branch,
        headRepo: null,
        defaultBranch: repository.default_branch,
        cause: null,
        trigger: 'check_suite.rerequested',
      });
      await evaluateCommit(env, target);
    });

    app.on('merge_group.checks_requested', async (context) => {
      const { merge_group: group, repository } = context.payload;
      if (!repository) return;
      await evaluateCommit(environment(context), {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: group.head_sha,
        pull: null,
        baseSha: group.base_sha,
        defaultBranchPush: false,
        trigger: 'merge_group.checks_requested',
      });
    });

    app.on('push', async (context) => {
      const { repository, ref, after, deleted } = context.payload;
      if (!repository.owner || deleted || ref !== `refs/heads/${repository.default_branch}`) return;
      await evaluateCommit(environment(context), {
        owner: repository.owner.login,
        repo: repository.name,
        headSha: after,
        pull: null,
        baseSha: null,
        defaultBranchPush: true,
        trigger: 'push',
      });
      const serverUrl = new URL(repository.html_url).origin;
      await syncTodosOnPush(environment(context), {
        owner: repository.owner.login,
        repo: repository.name,
        sha: after,
        serverUrl,
      });
    });

    app.on('issue_comment.created', async (context) => {
      await onIssueComment(environment(context), context.payload);
    });
  };
}

/** The App as `probot run ./dist/app.js` loads it: settings from the environment. */
export const gonogoApp: ApplicationFunction = createGonogoApp();
export default gonogoApp;
