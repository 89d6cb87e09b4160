import type { GithubClient } from '../create-github-client.js';
import { GitHubApiError } from '../github-api-error.js';
import { ARTIFACTS_SUBJECT } from './artifacts-subject.js';

/** A completed workflow run for the head SHA. */
export interface CompletedRun {
  id: number;
  /** The workflow's name (`CI`). */
  name: string;
  /** The workflow file (`.github/workflows/ci.yml`). */
  path: string;
  /** `success`, `failure`, `cancelled`…: a failed test job may still have uploaded its coverage. */
  conclusion: string | null;
}

/** An artifact one of those runs uploaded. */
export interface RunArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  run: CompletedRun;
}

/** What the runs for a SHA hold so far. */
export interface RunArtifacts {
  /** The completed runs considered (after the `workflows` filter), newest first. */
  runs: CompletedRun[];
  /** Their artifacts that can still be downloaded. */
  artifacts: RunArtifact[];
  /** Their artifacts past retention: named so a missing report can be explained, never downloaded. */
  expired: RunArtifact[];
}

/** Which runs to read: the head SHA's, optionally only those of some workflows. */
export interface ListRunArtifactsOptions {
  owner: string;
  repo: string;
  headSha: string;
  /** Workflow names (`CI`), files (`ci.yml`) or paths (`.github/workflows/ci.yml`); every workflow when absent. */
  workflows?: readonly string[];
}

const matches = (run: CompletedRun, workflows: readonly string[]) =>
  workflows.some((w) => w === run.name || w === run.path || w === run.path.split('/').pop());

/**
 * The artifacts of the completed workflow runs for a head SHA: every page of
 * `GET /repos/{owner}/{repo}/actions/runs?head_sha=…&status=completed`, then of each kept run's
 * `GET …/actions/runs/{id}/artifacts`, 100 a page. Runs still in progress are not listed (the caller decides whether
 * to wait for them). Throws `GitHubApiError` (a 403 most likely means the "actions: read" permission is missing).
 */
export async function listRunArtifacts(
  client: GithubClient,
  options: ListRunArtifactsOptions,
): Promise<RunArtifacts> {
  const { owner, repo } = options;
  try {
    const found = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, {
      owner,
      repo,
      head_sha: options.headSha,
      status: 'completed',
      per_page: 100,
    });
    const runs = found
      .map((run): CompletedRun => ({
        id: run.id,
        name: run.name ?? '',
        path: run.path,
        conclusion: run.conclusion,
      }))
      .filter((run) => !options.workflows || matches(run, options.workflows));
    return { runs, ...(await listArtifactsOfRuns(client, { owner, repo, runs })) };
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, ARTIFACTS_SUBJECT);
  }
}

/**
 * The artifacts of some completed runs (`GET …/actions/runs/{id}/artifacts`, every page, 100 a page): those that can
 * be downloaded, and those past retention. Errors are the caller's to wrap.
 */
export async function listArtifactsOfRuns(
  client: GithubClient,
  options: { owner: string; repo: string; runs: readonly CompletedRun[] },
): Promise<Omit<RunArtifacts, 'runs'>> {
  const artifacts: RunArtifact[] = [];
  const expired: RunArtifact[] = [];
  for (const run of options.runs) {
    const listed = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
      owner: options.owner,
      repo: options.repo,
      run_id: run.id,
      per_page: 100,
    });
    for (const artifact of listed)
      (artifact.expired ? expired : artifacts).push({
        id: artifact.id,
        name: artifact.name,
        sizeInBytes: artifact.size_in_bytes,
        expired: artifact.expired,
        run,
      });
  }
  return { artifacts, expired };
}
