import type { TodoIssue } from '../../core/todos/sync/todo-issue.js';
import type { GithubClient } from '../create-github-client.js';
import { GitHubApiError } from '../github-api-error.js';

/** Which repository, and the label its TODO issues carry. */
export interface ListTodoIssuesOptions {
  owner: string;
  repo: string;
  trackingLabel: string;
}

interface RestIssue {
  number: number;
  state: string;
  state_reason?: string | null;
  title: string;
  body?: string | null;
  labels: (string | { name?: string | null })[];
  assignees?: { login: string }[] | null;
  html_url: string;
  pull_request?: unknown;
}

/** The REST issue as the sync reads it. */
const toTodoIssue = (issue: RestIssue): TodoIssue => ({
  number: issue.number,
  state: issue.state === 'closed' ? 'closed' : 'open',
  stateReason: issue.state_reason ?? null,
  title: issue.title,
  body: issue.body ?? '',
  labels: issue.labels.flatMap((label) => {
    const name = typeof label === 'string' ? label : label.name;
    return name ? [name] : [];
  }),
  assignees: (issue.assignees ?? []).map((assignee) => assignee.login),
  htmlUrl: issue.html_url,
});

/**
 * Reads every issue with the tracking label, open and closed: `GET /repos/{owner}/{repo}/issues?labels=…&state=all`
 * page after page (100 a page), pull requests skipped. Not the search API: its index lags behind writes, and a
 * re-run just after a create would open the issue again. Throws `GitHubApiError`.
 */
export async function listTodoIssues(
  client: GithubClient,
  options: ListTodoIssuesOptions,
): Promise<TodoIssue[]> {
  const { owner, repo, trackingLabel } = options;
  try {
    const issues = (await client.paginate(client.rest.issues.listForRepo, {
      owner,
      repo,
      labels: trackingLabel,
      state: 'all',
      per_page: 100,
    })) as RestIssue[];
    return issues.filter((issue) => !issue.pull_request).map(toTodoIssue);
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`);
  }
}
