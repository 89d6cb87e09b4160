import { getErrorMessage } from '../core/errors/get-error-message.js';

type Headers = Readonly<Record<string, string | number | undefined>>;

/** What a failed request answered, as Octokit's `RequestError` carries it. */
interface FailedRequest {
  status: number;
  message: string;
  response?: { headers?: Headers };
}

const isFailedRequest = (error: unknown): error is FailedRequest =>
  error instanceof Error && typeof (error as { status?: unknown }).status === 'number';

/** What the user can do about a status, in the words of GitHub's own answers. */
function advice(status: number, headers: Headers | undefined): string {
  if ((status === 403 || status === 429) && String(headers?.['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers?.['x-ratelimit-reset']);
    const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `the API rate limit is exhausted${at}`;
  }
  if (status === 401) return 'the token was refused (missing, expired or revoked)';
  if (status === 403) return 'the token may not read its issues (it needs the "issues: read" permission)';
  if (status === 404)
    return 'no such repository, or the token cannot see it (a private repository needs a token with access)';
  if (status === 410) return 'issues are disabled on this repository';
  if (status >= 500) return 'GitHub could not answer; try again later';
  return 'the request was refused';
}

/**
 * A GitHub API request that failed, with the repository and HTTP status, and a one-line message saying what to
 * do (`GitHub API: 404 on octo/app issues: no such repository, or the token cannot see it`).
 */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';

  constructor(
    readonly repository: string,
    readonly status: number | null,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`GitHub API: ${status ?? 'request failed'} on ${repository} issues: ${reason}`, options);
  }

  /**
   * Wraps what an Octokit call threw: a `RequestError` (it has a `status`) becomes a `GitHubApiError`; a failure
   * without status (a network error) becomes one with `status` null. The original stays as `cause`.
   */
  static from(error: unknown, repository: string): GitHubApiError {
    if (error instanceof GitHubApiError) return error;
    if (isFailedRequest(error)) {
      const detail = error.message.split(' - ')[0]?.trim();
      const said = detail ? ` (GitHub said: ${detail})` : '';
      return new GitHubApiError(
        repository,
        error.status,
        `${advice(error.status, error.response?.headers)}${said}`,
        {
          cause: error,
        },
      );
    }
    return new GitHubApiError(repository, null, getErrorMessage(error), { cause: error });
  }
}
