import type { GithubClient } from './create-github-client.js';
import { GitHubApiError } from './github-api-error.js';

/**
 * The files of a commit (`GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1`, one request), to map report
 * paths — absolute CI paths such as `/home/runner/work/app/app/src/a.ts` — to repository files. GitHub cuts very
 * large trees (`truncated`): then `files` is `null` and the note says report paths are taken as given. Throws
 * `GitHubApiError`.
 */
export async function listRepositoryFiles(
  client: GithubClient,
  options: { owner: string; repo: string; sha: string },
): Promise<{ files: string[] | null; note: string | null }> {
  const { owner, repo, sha } = options;
  try {
    const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' });
    if (data.truncated)
      return {
        files: null,
        note: 'repository files: too many to list through the API; report paths are taken as given',
      };
    return {
      files: data.tree.flatMap((entry) => (entry.type === 'blob' && entry.path ? [entry.path] : [])).sort(),
      note: null,
    };
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, {
      name: 'repository files',
      needs: 'read its contents (it needs the "contents: read" permission)',
    });
  }
}
