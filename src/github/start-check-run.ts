import { annotationsMarker } from './annotations-marker.js';
import { API_SUBJECTS } from './api-subjects.js';
import { checkRunOutput } from './check-run-output.js';
import type { GithubClient } from './create-github-client.js';
import { findCheckRuns } from './find-check-runs.js';
import { GitHubApiError } from './github-api-error.js';

/** A check run to show as in progress while the evaluation runs. */
export interface StartCheckRunOptions {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  title: string;
  summary: string;
}

/**
 * Shows the check `name` on `headSha` as in progress, so that a required check is pending rather than missing
 * while gonogo works: reuses gonogo's newest run of that name if it is not completed yet, else creates an
 * `in_progress` run (a completed run cannot be reopened). One request to look, at most one to create. The run
 * carries no annotation, so `publishCheckRun` completes this same run. Throws `GitHubApiError`.
 */
export async function startCheckRun(
  client: GithubClient,
  options: StartCheckRunOptions,
): Promise<{ id: number; url: string; created: boolean }> {
  const { owner, repo } = options;
  try {
    const runs = await findCheckRuns(client, { owner, repo, sha: options.headSha, name: options.name });
    const newest = runs.find((run) => run.marker !== null);
    if (newest && newest.status !== 'completed') return { id: newest.id, url: newest.url, created: false };
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      name: options.name,
      head_sha: options.headSha,
      status: 'in_progress',
      output: checkRunOutput({
        title: options.title,
        summary: options.summary,
        marker: annotationsMarker([]),
        notes: [],
      }),
    });
    return { id: data.id, url: data.html_url ?? data.url, created: true };
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.checkRuns);
  }
}
