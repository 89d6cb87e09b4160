import type { GithubClient } from '../create-github-client.js';
import { GitHubApiError } from '../github-api-error.js';
import { ARTIFACTS_SUBJECT } from './artifacts-subject.js';

/** A workflow run for a commit, whatever its status. */
export interface HeadRun {
  id: number;
  /** The workflow's name (`CI`). */
  name: string;
  /** The workflow file (`.github/workflows/ci.yml`). */
  path: string;
  /** `queued`, `in_progress`, `completed`, `waiting`, `requested`, `pending`. */
  status: string;
  /** `success`, `failure`, `cancelled`… once completed, else `null`. */
  conclusion: string | null;
  /** The event that started it (`pull_request`, `push`, `merge_group`, `workflow_run`). */
  event: string;
  /** ISO 8601. */
  createdAt: string;
}

/**
 * Every workflow run for `headSha`, newest first: every page of `GET /repos/{owner}/{repo}/actions/runs?head_sha=…`
 * (100 a page). The App reads it to know which workflows are done and which it still waits for. Throws
 * `GitHubApiError` (a 403 most likely means the "actions: read" permission is missing).
 */
export async function listHeadRuns(
  client: GithubClient,
  options: { owner: string; repo: string; headSha: string },
): Promise<HeadRun[]> {
  const { owner, repo } = options;
  try {
    const found = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, {
      owner,
      repo,
      head_sha: options.headSha,
      per_page: 100,
    });
    return found
      .map((run): HeadRun => ({
        id: run.id,
        name: run.name ?? '',
        path: run.path,
        status: run.status ?? 'queued',
        conclusion: run.conclusion,
        event: run.event,
        createdAt: run.created_at,
      }))
      .sort((a, b) => b.id - a.id);
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, ARTIFACTS_SUBJECT);
  }
}
