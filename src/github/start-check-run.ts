import { annotationsMarker } from './annotations-marker.js';
import { API_SUBJECTS } from './api-subjects.js';
import { checkRunOutput } from './check-run-output.js';
import { closeSupersededRun } from './close-superseded-run.js';
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
  /**
   * Write `title` and `summary` into a run that is already in progress too (the App says which reports it still
   * waits for); by default an in-progress run is left as it is.
   */
  refresh?: boolean;
}

/** The in-progress run. */
export interface StartedCheckRun {
  id: number;
  url: string;
  created: boolean;
  /** When the run started (ISO 8601), `null` when GitHub did not say. */
  startedAt: string | null;
}

/**
 * Shows the check `name` on `headSha` as in progress, so that a required check is pending rather than missing
 * while gonogo works: reuses gonogo's newest run of that name if it is not completed yet, else creates an
 * `in_progress` run (a completed run cannot be reopened). One request to look, at most one to create or refresh.
 * The run carries no annotation, so `publishCheckRun` completes this same run.
 *
 * Two deliveries racing for one commit may both create a run: after creating, the runs are listed again and any
 * older empty in-progress run of ours is closed as superseded, so both racers keep the newest and no run stays
 * pending. Throws `GitHubApiError`.
 */
export async function startCheckRun(
  client: GithubClient,
  options: StartCheckRunOptions,
): Promise<StartedCheckRun> {
  const { owner, repo } = options;
  const output = () =>
    checkRunOutput({
      title: options.title,
      summary: options.summary,
      marker: annotationsMarker([]),
      notes: [],
    });
  try {
    const runs = await findCheckRuns(client, { owner, repo, sha: options.headSha, name: options.name });
    const newest = runs.find((run) => run.marker !== null);
    if (newest && newest.status !== 'completed') {
      if (options.refresh && newest.annotationsCount === 0)
        await client.rest.checks.update({ owner, repo, check_run_id: newest.id, output: output() });
      return { id: newest.id, url: newest.url, created: false, startedAt: newest.startedAt };
    }
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      name: options.name,
      head_sha: options.headSha,
      status: 'in_progress',
      output: output(),
    });
    const url = data.html_url ?? data.url;
    const after = await findCheckRuns(client, { owner, repo, sha: options.headSha, name: options.name });
    const ours = after.filter((run) => run.marker !== null && run.status !== 'completed');
    const keep = ours[0]?.id ?? data.id;
    for (const run of ours)
      if (run.id !== keep && run.annotationsCount === 0)
        await closeSupersededRun(client, { owner, repo, id: run.id, replacementUrl: url });
    const kept = after.find((run) => run.id === keep);
    return {
      id: keep,
      url: kept?.url ?? url,
      created: keep === data.id,
      startedAt: kept?.startedAt ?? data.started_at ?? null,
    };
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.checkRuns);
  }
}
