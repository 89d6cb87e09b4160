import { findPullRequestForSha } from '../github/find-pull-request.js';
import type { AppEnvironment } from './app-environment.js';
import type { CommitTarget } from './commit-target.js';

/** A pull request as `workflow_run`, `check_run` and `check_suite` payloads list them. */
export interface PayloadPull {
  number: number;
  head: { sha: string };
  base: { sha: string };
}

/**
 * The commit target of an event that names only a SHA: the pull request the payload lists for it, else the open
 * pull request with that head (payloads list none for forks), else the commit alone. A run on the default
 * branch's push stores a baseline.
 */
export async function resolveTarget(
  env: AppEnvironment,
  options: {
    owner: string;
    repo: string;
    headSha: string;
    pulls: readonly (PayloadPull | null)[];
    headBranch: string | null;
    headRepo: string | null;
    defaultBranch: string;
    /** The event that started the workflow run or suite (`push`, `pull_request`, `merge_group`), when known. */
    cause: string | null;
    trigger: string;
  },
): Promise<CommitTarget> {
  const { owner, repo, headSha, trigger } = options;
  const base = { owner, repo, headSha, trigger };
  const defaultBranchPush =
    options.headBranch === options.defaultBranch && (options.cause === null || options.cause === 'push');
  const listed = options.pulls.find((pull) => pull?.head.sha === headSha);
  if (listed)
    return {
      ...base,
      pull: { number: listed.number, baseSha: listed.base.sha },
      baseSha: listed.base.sha,
      defaultBranchPush: false,
    };
  if (defaultBranchPush || options.cause === 'merge_group' || options.cause === 'push')
    return { ...base, pull: null, baseSha: null, defaultBranchPush };
  const found = await findPullRequestForSha(env.client, {
    owner,
    repo,
    sha: headSha,
    ...(options.headRepo ? { headRepo: options.headRepo } : {}),
    ...(options.headBranch ? { headBranch: options.headBranch } : {}),
  });
  return found
    ? {
        ...base,
        pull: { number: found.number, baseSha: found.baseSha },
        baseSha: found.baseSha,
        defaultBranchPush: false,
      }
    : { ...base, pull: null, baseSha: null, defaultBranchPush: false };
}
