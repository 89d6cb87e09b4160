import { getErrorMessage } from '../core/errors/get-error-message.js';

type Headers = Readonly<Record<string, string | number | undefined>>;

/** What a failed request answered, as Octokit's `RequestError` carries it. */
interface FailedRequest {
  status: number;
  message: string;
  response?: { headers?: Headers };
}

/**
 * What a request was about: `name` goes into the message (`on octo/app check runs`), `needs` says what a 403
 * most likely lacks. The default, issues, is what the tracker import reads.
 */
interface ApiSubject {
  name: string;
  needs: string;
}

const ISSUES: ApiSubject = {
  name: 'issues',
  needs: 'read its issues (it needs the "issues: read" permission)',
};

const isFailedRequest = (error: unknown): error is FailedRequest =>
  error instanceof Error && typeof (error as { status?: unknown }).status === 'number';

/** What the user can do about a status, in the words of GitHub's own answers. */
function advice(failure: FailedRequest, subject: ApiSubject): string {
  const { status } = failure;
  const headers = failure.response?.headers;
  if ((status === 403 || status === 429) && String(headers?.['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers?.['x-ratelimit-reset']);
    const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `the API rate limit is exhausted${at}`;
  }
  // The throttling plugin gave up waiting: the token is fine, GitHub asked to slow down.
  if ((status === 403 || status === 429) && /\bsecondary rate\b/i.test(failure.message))
    return "GitHub's secondary rate limit was hit; try again in a few minutes";
  if (status === 401) return 'the token was refused (missing, expired or revoked)';
  if (status === 403) return `the token may not ${subject.needs}`;
  if (status === 404)
    return 'no such repository, or the token cannot see it (a private repository needs a token with access)';
  if (status === 410)
    return subject === ISSUES ? 'issues are disabled on this repository' : 'it is gone or disabled';
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
    options?: { cause?: unknown; subject?: string },
  ) {
    super(
      `GitHub API: ${status ?? 'request failed'} on ${repository} ${options?.subject ?? ISSUES.name}: ${reason}`,
      options,
    );
  }

  /**
   * Wraps what an Octokit call threw: a `RequestError` (it has a `status`) becomes a `GitHubApiError`; a failure
   * without status (a network error) becomes one with `status` null. The original stays as `cause`. `subject`
   * names what was asked for and the permission a 403 points to (issues when not given).
   */
  static from(error: unknown, repository: string, subject: ApiSubject = ISSUES): GitHubApiError {
    if (error instanceof GitHubApiError) return error;
    if (isFailedRequest(error)) {
      const detail = error.message.split(' - ')[0]?.trim();
      const said = detail ? ` (GitHub said: ${detail})` : '';
      return new GitHubApiError(repository, error.status, `${advice(error, subject)}${said}`, {
        cause: error,
        subject: subject.name,
      });
    }
    return new GitHubApiError(repository, null, getErrorMessage(error), {
      cause: error,
      subject: subject.name,
    });
  }
}
