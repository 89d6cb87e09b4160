import type { GithubClient } from './create-github-client.js';
import { API_SUBJECTS } from './api-subjects.js';
import { GitHubApiError } from './github-api-error.js';

/**
 * Acknowledges a command comment with a reaction. GitHub keeps one reaction per content and author (a repeat
 * answers 200 with the existing one), so a redelivered webhook adds nothing. Throws `GitHubApiError`.
 */
export async function reactToComment(
  client: GithubClient,
  options: { owner: string; repo: string; commentId: number; content: '+1' | '-1' | 'eyes' | 'confused' },
): Promise<void> {
  try {
    await client.rest.reactions.createForIssueComment({
      owner: options.owner,
      repo: options.repo,
      comment_id: options.commentId,
      content: options.content,
    });
  } catch (error) {
    throw GitHubApiError.from(error, `${options.owner}/${options.repo}`, API_SUBJECTS.comments);
  }
}
