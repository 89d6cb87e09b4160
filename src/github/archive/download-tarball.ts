import { API_SUBJECTS } from '../api-subjects.js';
import type { GithubClient } from '../create-github-client.js';
import { GitHubApiError } from '../github-api-error.js';

/**
 * A commit's tree as a gzip-compressed tar (`GET /repos/{owner}/{repo}/tarball/{ref}`, which redirects to
 * codeload; the client follows). One request for the whole tree, where the contents API would take one per file.
 */
export async function downloadTarball(
  client: GithubClient,
  options: { owner: string; repo: string; ref: string },
): Promise<Uint8Array> {
  try {
    const response = await client.rest.repos.downloadTarballArchive({
      owner: options.owner,
      repo: options.repo,
      ref: options.ref,
    });
    const data = response.data as unknown;
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (data instanceof Uint8Array) return data;
    throw new Error('the archive came back empty or in an unexpected form');
  } catch (error) {
    throw GitHubApiError.from(error, `${options.owner}/${options.repo}`, API_SUBJECTS.contents);
  }
}
