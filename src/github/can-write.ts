import type { GithubClient } from './create-github-client.js';
import { GitHubApiError } from './github-api-error.js';

const WRITERS = new Set(['admin', 'maintain', 'write']);

/**
 * Whether `username` may write to the repository (role write, maintain or admin), asked of GitHub at the time of
 * the command (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`): a comment's
 * `author_association` says nothing of team or organization roles. Not a collaborator (404) → false. Other
 * failures throw `GitHubApiError`: a command is refused rather than granted on doubt.
 */
export async function canWrite(
  client: GithubClient,
  options: { owner: string; repo: string; username: string },
): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel(options);
    return WRITERS.has(data.role_name) || data.permission === 'admin' || data.permission === 'write';
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw GitHubApiError.from(error, `${options.owner}/${options.repo}`, {
      name: 'collaborator permissions',
      needs: 'read collaborator permissions (it needs the "metadata: read" permission)',
    });
  }
}
