import type { GithubClient } from './create-github-client.js';
import { API_SUBJECTS } from './api-subjects.js';
import { GitHubApiError } from './github-api-error.js';

/** A comment of the pull request written by an App (never by a person, who could forge a record). */
export interface BotComment {
  id: number;
  body: string;
  url: string;
  createdAt: string;
}

/**
 * The comments of an issue or pull request that an App wrote (author type `Bot`), oldest first: every page, 100 a
 * page. When `appId` is given, only that App's (`performed_via_github_app.id`): another App installed on the
 * repository cannot speak for gonogo. Throws `GitHubApiError`.
 */
export async function listBotComments(
  client: GithubClient,
  options: { owner: string; repo: string; issueNumber: number; appId?: number },
): Promise<BotComment[]> {
  const { owner, repo } = options;
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: options.issueNumber,
      per_page: 100,
    });
    return comments
      .filter(
        (comment) =>
          comment.user?.type === 'Bot' &&
          (options.appId === undefined || comment.performed_via_github_app?.id === options.appId),
      )
      .map((comment) => ({
        id: comment.id,
        body: comment.body ?? '',
        url: comment.html_url,
        createdAt: comment.created_at,
      }));
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.comments);
  }
}
