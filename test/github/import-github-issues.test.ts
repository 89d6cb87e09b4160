import nock from 'nock';
import { Octokit, RequestError } from 'octokit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { GitHubApiError } from '../../src/github/github-api-error.js';
import type { GitHubPort } from '../../src/github/github-port.js';
import { importGithubIssues } from '../../src/github/import-github-issues.js';

const API = 'https://api.github.com';
const PATH = '/repos/octo/shop/issues';

/** The Octokit of the `octokit` package, on the global fetch so nock sees its calls; typed as the port it fills. */
const client = (): GitHubPort => new Octokit({ auth: 'test', request: { fetch: globalThis.fetch } });

/** A REST issue as `GET /repos/{owner}/{repo}/issues` returns it, trimmed to the fields that matter here. */
function issue(number: number, extra: Record<string, unknown> = {}) {
  return {
    url: `${API}${PATH}/${number}`,
    repository_url: `${API}/repos/octo/shop`,
    html_url: `https://github.com/octo/shop/issues/${number}`,
    id: 9000 + number,
    node_id: `I_kw${number}`,
    number,
    title: `Issue ${number}`,
    user: { login: 'alice', id: 1 },
    labels: [],
    state: 'open',
    assignee: null,
    assignees: [],
    milestone: null,
    created_at: '2024-05-01T10:00:00Z',
    updated_at: '2024-05-02T10:00:00Z',
    closed_at: null,
    body: null,
    state_reason: null,
    ...extra,
  };
}

const link = (page: number, last: number) =>
  `<${API}/repositories/42/issues?state=all&per_page=100&page=${page}>; rel="next", ` +
  `<${API}/repositories/42/issues?state=all&per_page=100&page=${last}>; rel="last"`;

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('importGithubIssues', () => {
  it('follows every page of the Link headers, 100 a page, and skips pull requests', async () => {
    const scope = nock(API)
      .get(PATH)
      .query({ state: 'all', per_page: '100' })
      .reply(
        200,
        [
          issue(3, {
            labels: [
              { id: 1, name: 'P1' },
              { id: 2, name: 'area/cart' },
            ],
            assignees: [{ login: 'bob' }],
          }),
          issue(2, { pull_request: { url: `${API}/repos/octo/shop/pulls/2` } }),
        ],
        { Link: link(2, 3) },
      )
      .get('/repositories/42/issues')
      .query({ state: 'all', per_page: '100', page: '2' })
      .reply(
        200,
        [issue(1, { state: 'closed', state_reason: 'not_planned', closed_at: '2024-05-03T00:00:00Z' })],
        {
          Link: link(3, 3),
        },
      )
      .get('/repositories/42/issues')
      .query({ state: 'all', per_page: '100', page: '3' })
      .reply(200, [issue(4, { sub_issues_summary: { total: 2, completed: 2, percent_completed: 100 } })]);

    const report = await importGithubIssues(client(), { owner: 'octo', repo: 'shop', state: 'all' });

    expect(scope.isDone()).toBe(true);
    expect(report).toMatchObject({ source: 'github:octo/shop', format: 'github-api', warnings: [] });
    expect(report.items.map((i) => [i.key, i.state, i.status, i.stateReason])).toEqual([
      ['#3', 'open', 'todo', null],
      ['#1', 'closed', 'dropped', 'not_planned'],
      ['#4', 'open', 'in-progress', null],
    ]);
    expect(report.items[0]).toMatchObject({
      priority: 'P1',
      module: 'cart',
      assignees: ['bob'],
      url: 'https://github.com/octo/shop/issues/3',
      created: '2024-05-01',
      source: { file: 'github:octo/shop', line: null, kind: 'tracker' },
    });
    expect(report.items[2]?.progress).toEqual({ done: 2, total: 2 });
  });

  it('asks for open issues by default, as GitHub does, and uses the label conventions it is given', async () => {
    const scope = nock(API)
      .get(PATH)
      .query({ state: 'open', per_page: '100' })
      .reply(200, [issue(7, { labels: [{ name: 'urgent priority' }] })]);
    const labels = { ...DEFAULT_LABEL_CONVENTIONS, priority: [/^(\w+) priority$/i] };

    const report = await importGithubIssues(client(), { owner: 'octo', repo: 'shop', labels });

    expect(scope.isDone()).toBe(true);
    expect(report.items[0]).toMatchObject({ key: '#7', priority: 'P0', rawPriority: 'urgent priority' });
  });

  it('says so when the repository has no issue', async () => {
    const scope = nock(API).get(PATH).query(true).reply(200, []);
    const report = await importGithubIssues(client(), { owner: 'octo', repo: 'shop' });
    expect(scope.isDone()).toBe(true);
    expect(report.items).toEqual([]);
    expect(report.warnings).toEqual(['github:octo/shop: no issues found']);
  });

  it.each([
    [
      401,
      'Bad credentials',
      'the token was refused (missing, expired or revoked) (GitHub said: Bad credentials)',
    ],
    [
      403,
      'Resource not accessible by integration',
      'the token may not read its issues (it needs the "issues: read" permission) (GitHub said: Resource not accessible by integration)',
    ],
    [
      404,
      'Not Found',
      'no such repository, or the token cannot see it (a private repository needs a token with access) (GitHub said: Not Found)',
    ],
    [
      410,
      'Issues are disabled for this repo',
      'issues are disabled on this repository (GitHub said: Issues are disabled for this repo)',
    ],
  ])(
    'a %i becomes a GitHubApiError naming the repository and the status, on one line',
    async (status, said, reason) => {
      const scope = nock(API)
        .get(PATH)
        .query(true)
        .reply(status, {
          message: said,
          documentation_url: 'https://docs.github.com/rest',
          status: String(status),
        });

      const error = await importGithubIssues(client(), { owner: 'octo', repo: 'shop' }).catch(
        (e: unknown) => e,
      );

      expect(scope.isDone()).toBe(true);
      expect(error).toBeInstanceOf(GitHubApiError);
      expect(error).toMatchObject({ name: 'GitHubApiError', status, repository: 'octo/shop' });
      expect((error as Error).message).toBe(`GitHub API: ${status} on octo/shop issues: ${reason}`);
      expect((error as Error).cause).toBeInstanceOf(RequestError);
    },
  );

  it('fails on a page that fails midway rather than report the pages it got', async () => {
    const scope = nock(API)
      .get(PATH)
      .query(true)
      .reply(200, [issue(1)], { Link: link(2, 2) })
      .get('/repositories/42/issues')
      .query(true)
      .reply(404, { message: 'Not Found' });

    const error = await importGithubIssues(client(), { owner: 'octo', repo: 'shop', state: 'all' }).catch(
      (e: unknown) => e,
    );

    expect(scope.isDone()).toBe(true);
    expect(error).toMatchObject({ name: 'GitHubApiError', status: 404 });
  });
});

describe('GitHubApiError.from', () => {
  const request = { method: 'GET' as const, url: `${API}${PATH}`, headers: {} };

  it('names an exhausted rate limit and when it resets', () => {
    const cause = new RequestError('API rate limit exceeded for 1.2.3.4', 403, {
      request,
      response: {
        status: 403,
        url: `${API}${PATH}`,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' },
        data: {},
      },
    });
    expect(GitHubApiError.from(cause, 'octo/shop').message).toBe(
      'GitHub API: 403 on octo/shop issues: the API rate limit is exhausted until 2026-01-01T00:00:00.000Z (GitHub said: API rate limit exceeded for 1.2.3.4)',
    );
  });

  it('keeps a failure without HTTP status (network) as status null, and passes its own kind through', () => {
    const network = GitHubApiError.from(new TypeError('fetch failed'), 'octo/shop');
    expect(network).toMatchObject({
      status: null,
      message: 'GitHub API: request failed on octo/shop issues: fetch failed',
    });
    expect(GitHubApiError.from(network, 'octo/shop')).toBe(network);
  });
});
