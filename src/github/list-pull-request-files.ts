import { changedLines } from '../core/diff/changed-lines.js';
import type { ChangedLines } from '../core/model/evidence-bundle.js';
import { API_SUBJECTS } from './api-subjects.js';
import type { GithubClient } from './create-github-client.js';
import { GitHubApiError } from './github-api-error.js';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES = 3000;

/** Statuses under which a file without a patch and without changes kept its content. */
const CONTENT_KEPT = new Set(['renamed', 'changed', 'unchanged']);

/** The lines a pull request adds or changes, from GitHub's files API. */
export interface PullRequestFiles {
  /** Added and modified lines per path (new name for renamed files; removed files left out). */
  changed: ChangedLines;
  /** Files GitHub listed. */
  files: number;
  /** Changed files GitHub gave no patch for (binary, or a diff too large): their lines are unknown. */
  withoutPatch: string[];
  /** True when GitHub's 3,000-file limit was reached: later files are not listed. */
  truncated: boolean;
}

/** The added lines of one file's `patch` (its hunks, without file headers). */
function addedLines(patch: string, path: string): Set<number> {
  // changedLines reads a unified diff: give the hunks a header under a fixed name (real names may hold spaces).
  return changedLines(`--- a/file\n+++ b/file\n${patch}\n`, path).get('file') ?? new Set();
}

/**
 * The changed lines of pull request `pullNumber`: every page of `GET /repos/{owner}/{repo}/pulls/{n}/files`
 * (100 a page, so one request per 100 files), each file's `patch` hunks read for added lines. Works past the
 * 300-file limit of the `.diff` media type; stops at GitHub's 3,000 files and says so. Throws `GitHubApiError`.
 */
export async function listPullRequestFiles(
  client: GithubClient,
  options: { owner: string; repo: string; pullNumber: number },
): Promise<PullRequestFiles> {
  const { owner, repo } = options;
  let files;
  try {
    files = await client.paginate(client.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: options.pullNumber,
      per_page: 100,
    });
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.pullRequests);
  }
  const changed: ChangedLines = new Map();
  const withoutPatch: string[] = [];
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (file.patch) changed.set(file.filename, addedLines(file.patch, file.filename));
    // A rename or mode change without edits has no patch and no changed line; a binary file has no patch either.
    else if (file.changes === 0 && CONTENT_KEPT.has(file.status)) changed.set(file.filename, new Set());
    else withoutPatch.push(file.filename);
  }
  return { changed, files: files.length, withoutPatch, truncated: files.length >= MAX_FILES };
}
