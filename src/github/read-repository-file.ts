import { ConfigError } from '../core/errors/config-error.js';
import type { GithubClient } from './create-github-client.js';
import { GitHubApiError } from './github-api-error.js';

/**
 * The text of one file of a repository (`GET /repos/{owner}/{repo}/contents/{path}`, the default branch unless
 * `ref` is given), or `null` when it does not exist. A directory, or a file over the contents API's 1 MB, is a
 * `ConfigError` naming it; other failures are `GitHubApiError`s.
 */
export async function readRepositoryFile(
  client: GithubClient,
  options: { owner: string; repo: string; path: string; ref?: string },
): Promise<string | null> {
  const { owner, repo, path } = options;
  const name = `${owner}/${repo}:${path}`;
  try {
    const { data } = await client.rest.repos.getContent({
      owner,
      repo,
      path,
      ...(options.ref ? { ref: options.ref } : {}),
    });
    if (Array.isArray(data) || data.type !== 'file') throw new ConfigError(`${name}: is not a file`);
    if (!('content' in data) || data.encoding !== 'base64')
      throw new ConfigError(`${name}: too large to read through the API (over 1 MB)`);
    return Buffer.from(data.content, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as { status?: number }).status === 404) return null;
    throw GitHubApiError.from(error, `${owner}/${repo}`, {
      name: 'repository contents',
      needs: 'read its contents (it needs the "contents: read" permission)',
    });
  }
}
