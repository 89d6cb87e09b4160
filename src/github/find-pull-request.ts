import { API_SUBJECTS } from './api-subjects.js';
import type { GithubClient } from './create-github-client.js';
import { GitHubApiError } from './github-api-error.js';

/** An open pull request, as the Action needs it. */
export interface FoundPullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  /** True when the head branch lives in another repository (or one since deleted). */
  fromFork: boolean;
}

/** The fields read from a pull request, as both endpoints return them. */
interface PullLike {
  number: number;
  state: string;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
}

const found = (pull: PullLike): FoundPullRequest => ({
  number: pull.number,
  baseSha: pull.base.sha,
  headSha: pull.head.sha,
  baseRef: pull.base.ref,
  headRef: pull.head.ref,
  fromFork: pull.head.repo?.full_name !== pull.base.repo.full_name,
});

/**
 * The open pull request whose head is commit `sha` — for `workflow_run`, whose `pull_requests` is empty when the
 * pull request comes from a fork — or `null` when there is none. First `GET /repos/{o}/{r}/commits/{sha}/pulls`
 * (one request; it knows same-repository branches), then the open pull requests: only those of `headRepo`'s
 * owner and `headBranch` when both are given (`workflow_run.head_repository.full_name` and `.head_branch`; one
 * request), else all of them, 100 a page. Throws `GitHubApiError`.
 */
export async function findPullRequestForSha(
  client: GithubClient,
  options: { owner: string; repo: string; sha: string; headRepo?: string; headBranch?: string },
): Promise<FoundPullRequest | null> {
  const { owner, repo, sha } = options;
  const match = (pulls: readonly PullLike[]) =>
    pulls.find((pull) => pull.state === 'open' && pull.head.sha === sha);
  try {
    const { data: associated } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: sha,
      per_page: 100,
    });
    const direct = match(associated);
    if (direct) return found(direct);
    const headOwner = options.headRepo?.split('/')[0];
    const head = headOwner && options.headBranch ? { head: `${headOwner}:${options.headBranch}` } : {};
    const open = await client.paginate(client.rest.pulls.list, {
      owner,
      repo,
      state: 'open',
      per_page: 100,
      ...head,
    });
    const listed = match(open);
    return listed ? found(listed) : null;
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.pullRequests);
  }
}
