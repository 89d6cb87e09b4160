import { getErrorMessage } from '../core/errors/get-error-message.js';
import { decodeBaseline } from '../core/publish/baseline.js';
import type { Baseline } from '../core/publish/baseline.js';
import { API_SUBJECTS } from './api-subjects.js';
import type { GithubClient } from './create-github-client.js';
import { findCheckRuns } from './find-check-runs.js';
import { GitHubApiError } from './github-api-error.js';

/**
 * The baseline stored on commit `sha`: from the newest check run named `checkName` there whose text holds one
 * (a push to the default branch wrote it), in one request. Anything else is `{ missing: reason }` — no such run,
 * no baseline in it, a damaged one, one for another commit, an API error — and never a guess.
 */
export async function readBaseline(
  client: GithubClient,
  options: { owner: string; repo: string; sha: string; checkName: string },
): Promise<Baseline | { missing: string }> {
  const { owner, repo, sha, checkName } = options;
  const short = sha.slice(0, 7);
  let texts: string[];
  try {
    const runs = await findCheckRuns(client, { owner, repo, sha, name: checkName });
    if (runs.length === 0) return { missing: `no "${checkName}" check run on ${short}` };
    texts = runs.map((run) => run.text).filter((text) => text.includes('<!-- gonogo:baseline:'));
  } catch (error) {
    return {
      missing: GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.checkRunsRead).message,
    };
  }
  const text = texts[0];
  if (text === undefined)
    return {
      missing: `the "${checkName}" check run on ${short} holds no baseline (baselines are recorded on pushes to the default branch)`,
    };
  let baseline: Baseline | null;
  try {
    baseline = decodeBaseline(text);
  } catch (error) {
    return { missing: getErrorMessage(error) };
  }
  if (baseline === null) return { missing: `the baseline on ${short} is of an unknown version` };
  if (baseline.sha !== sha)
    return { missing: `the baseline on ${short} is for another commit (${baseline.sha})` };
  return baseline;
}
