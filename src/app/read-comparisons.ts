import { getErrorMessage } from '../core/errors/get-error-message.js';
import type { EvidenceBundle, RepositoryFacts } from '../core/model/evidence-bundle.js';
import type { Baseline } from '../core/publish/baseline.js';
import type { GithubClient } from '../github/create-github-client.js';
import { listPullRequestFiles } from '../github/list-pull-request-files.js';
import { listRepositoryFiles } from '../github/list-repository-files.js';
import { readBaseline } from '../github/read-baseline.js';
import type { CommitTarget } from './commit-target.js';

/** What the commit is compared with and where its report paths point. */
export interface Comparisons {
  diff: EvidenceBundle['diff'];
  baseline: Baseline | null;
  repository: RepositoryFacts;
  notes: string[];
}

/**
 * The pull request's diff (files API), the base commit's stored baseline, and the commit's file list (to map report
 * paths to repository files). Each may be missing: the report says so, and gates that need them fail or fall back
 * as the rules say — never a guess.
 */
export async function readComparisons(
  client: GithubClient,
  target: CommitTarget,
  checkName: string,
): Promise<Comparisons> {
  const { owner, repo } = target;
  const notes: string[] = [];
  let diff: EvidenceBundle['diff'] = null;
  if (target.pull) {
    try {
      const files = await listPullRequestFiles(client, { owner, repo, pullNumber: target.pull.number });
      diff = files.changed;
      notes.push(
        `diff: pull request #${target.pull.number}, ${files.files} files${files.truncated ? ' (GitHub lists at most 3,000: the rest is not judged)' : ''}`,
      );
    } catch (error) {
      notes.push(`diff: not available (${getErrorMessage(error)})`);
    }
  }
  let baseline: Baseline | null = null;
  if (target.baseSha) {
    const read = await readBaseline(client, { owner, repo, sha: target.baseSha, checkName });
    if ('missing' in read)
      notes.push(`baseline: none for base ${target.baseSha.slice(0, 7)} (${read.missing})`);
    else {
      baseline = read;
      notes.push(`baseline: base ${target.baseSha.slice(0, 7)}`);
    }
  }
  let files: string[] | null = null;
  try {
    const listed = await listRepositoryFiles(client, { owner, repo, sha: target.headSha });
    files = listed.files;
    if (listed.note) notes.push(listed.note);
  } catch (error) {
    notes.push(`repository files: not listed (${getErrorMessage(error)}); report paths are taken as given`);
  }
  return { diff, baseline, repository: { files, goModule: null }, notes };
}
