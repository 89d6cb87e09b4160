import type { TodoScan } from '../core/model/todo.js';
import type { Rules } from '../core/rules/rules.js';
import { scanFiles } from '../core/todos/scan-files.js';
import { todoScanOptions } from '../core/todos/todo-scan-options.js';
import { downloadTarball } from '../github/archive/download-tarball.js';
import { readTarball } from '../github/archive/read-tarball.js';
import type { GithubClient } from '../github/create-github-client.js';

/**
 * The TODOs of a commit, for the App (which has no checkout): its tree in one archive request, scanned in memory
 * with the rules' `todos:` options. Throws `GitHubApiError` when the download fails, `InputError` for a corrupt
 * archive.
 */
export async function scanCommit(
  client: GithubClient,
  rules: Rules,
  commit: { owner: string; repo: string; sha: string },
): Promise<TodoScan> {
  const source = `${commit.owner}/${commit.repo}@${commit.sha.slice(0, 7)}`;
  const archive = await downloadTarball(client, { owner: commit.owner, repo: commit.repo, ref: commit.sha });
  return { source, ...scanFiles(await readTarball(archive, source), todoScanOptions(rules)) };
}
