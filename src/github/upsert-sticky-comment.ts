import type { GithubClient } from './create-github-client.js';
import { API_SUBJECTS } from './api-subjects.js';
import { GitHubApiError } from './github-api-error.js';

/** GitHub refuses a comment body over 65,536 characters. */
const MAX_BODY = 65_536;
const CUT_NOTE =
  '…cut here: a GitHub comment holds at most 65,536 characters. The job summary has the full report.';

/** The comment to keep up to date on an issue or pull request. */
export interface UpsertStickyCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  /** A hidden HTML comment naming the comment (`<!-- gonogo:comment:<check-name> -->`); it becomes the first line. */
  marker: string;
  /** Markdown. */
  body: string;
}

/** What was done, and the comment. */
export interface StickyComment {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/** The body as posted: the marker on the first line, the whole within GitHub's limit. */
function fullBody(marker: string, body: string): string {
  const text = body.startsWith(marker) ? body.slice(marker.length).replace(/^\r?\n/, '') : body;
  const whole = `${marker}\n${text}`;
  if (whole.length <= MAX_BODY) return whole;
  const room = MAX_BODY - CUT_NOTE.length - 2;
  const head = whole.slice(0, room);
  const line = head.lastIndexOf('\n');
  // Never leave half a surrogate pair at the cut.
  const cut = line > room * 0.75 ? head.slice(0, line) : head.replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}\n\n${CUT_NOTE}`;
}

const normalized = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();

/**
 * Keeps one comment per marker on an issue or pull request: reads every page of its comments (100 a page), takes
 * the oldest one whose body opens with the marker — a bot's before a person's (a person quoting the marker is
 * never overwritten: a quote starts with `>`), and updates it in place — or creates it when there is none. An identical body is not written
 * again. Other matches are left alone: nothing is deleted. One request per 100 comments, plus at most one write.
 * Throws `GitHubApiError` (403 when the token may not comment).
 */
export async function upsertStickyComment(
  client: GithubClient,
  options: UpsertStickyCommentOptions,
): Promise<StickyComment> {
  const { owner, repo, issueNumber, marker } = options;
  const body = fullBody(marker, options.body);
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    // Ours: the marker opens the body (a quote of it would start with "> "). A bot's comment first; a person's only
    // when no bot wrote one — the Action's token is a bot, but a personal access token posts as its person, and
    // ignoring its own comment would post a new one on every run.
    const candidates = comments
      .filter((comment) => (comment.body ?? '').trimStart().startsWith(marker))
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    const ours = candidates.find((comment) => comment.user?.type === 'Bot') ?? candidates[0];
    if (ours && normalized(ours.body ?? '') === normalized(body))
      return { action: 'unchanged', id: ours.id, url: ours.html_url };
    if (ours) {
      const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.comments);
  }
}
