import { ANNOTATIONS_MARKER } from './annotations-marker.js';
import type { GithubClient } from './create-github-client.js';

/** What gonogo needs to know of a check run already on a commit. */
export interface ExistingCheckRun {
  id: number;
  url: string;
  status: string;
  conclusion: string | null;
  /** The annotations marker of `output.text` (`annotationsMarker`), `null` when the run is not gonogo's. */
  marker: string | null;
  /** Annotations GitHub holds for the run (appended by every request that sent some). */
  annotationsCount: number;
  text: string;
  /** When the run started (ISO 8601): how long the App has been waiting for reports. */
  startedAt: string | null;
}

/**
 * The check runs named `name` on commit `sha`, newest first, in one request
 * (`GET /repos/{owner}/{repo}/commits/{sha}/check-runs?check_name=…&filter=latest`). Errors are the caller's to
 * wrap.
 */
export async function findCheckRuns(
  client: GithubClient,
  options: { owner: string; repo: string; sha: string; name: string },
): Promise<ExistingCheckRun[]> {
  const { data } = await client.rest.checks.listForRef({
    owner: options.owner,
    repo: options.repo,
    ref: options.sha,
    check_name: options.name,
    filter: 'latest',
    per_page: 100,
  });
  return data.check_runs
    .filter((run) => run.name === options.name)
    .sort((a, b) => b.id - a.id)
    .map((run) => ({
      id: run.id,
      url: run.html_url ?? run.url,
      status: run.status,
      conclusion: run.conclusion,
      marker: ANNOTATIONS_MARKER.exec(run.output.text ?? '')?.[0] ?? null,
      annotationsCount: run.output.annotations_count ?? 0,
      text: run.output.text ?? '',
      startedAt: run.started_at ?? null,
    }));
}
