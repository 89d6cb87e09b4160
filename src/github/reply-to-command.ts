import type { BotComment } from './bot-comments.js';
import type { GithubClient } from './create-github-client.js';
import { API_SUBJECTS } from './api-subjects.js';
import { GitHubApiError } from './github-api-error.js';

/** The hidden first line naming the command comment a reply answers. */
export const replyMarker = (commentId: number) => `<!-- gonogo:reply:${commentId} -->`;

/**
 * Answers the command comment `commentId` once: the reply opens with `replyMarker(commentId)`, and when a reply
 * with that marker is already among `existing` (the App's comments, see `listBotComments`) nothing is written, so
 * a redelivered webhook never answers twice. Returns the reply's URL and whether it was written now. Throws
 * `GitHubApiError`.
 */
export async function replyToCommand(
  client: GithubClient,
  options: {
    owner: string;
    repo: string;
    issueNumber: number;
    commentId: number;
    body: string;
    existing: readonly BotComment[];
  },
): Promise<{ url: string; created: boolean }> {
  const marker = replyMarker(options.commentId);
  const earlier = options.existing.find((comment) => comment.body.startsWith(marker));
  if (earlier) return { url: earlier.url, created: false };
  try {
    const { data } = await client.rest.issues.createComment({
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
      body: `${marker}\n${options.body}`,
    });
    return { url: data.html_url, created: true };
  } catch (error) {
    throw GitHubApiError.from(error, `${options.owner}/${options.repo}`, API_SUBJECTS.comments);
  }
}
