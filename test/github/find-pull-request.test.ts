import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../src/github/create-github-client.js';
import { findPullRequestForSha } from '../../src/github/find-pull-request.js';

const API = 'https://api.github.com';
const SHA = 'f00d'.padEnd(40, '1');
const ASSOCIATED = `/repos/octo/shop/commits/${SHA}/pulls`;

const client = () =>
  createGithubClient({ token: 'test', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false });

function pull(number: number, headSha: string, fields: { state?: string; headRepo?: string | null } = {}) {
  const headRepo = fields.headRepo === undefined ? 'octo/shop' : fields.headRepo;
  return {
    number,
    state: fields.state ?? 'open',
    head: {
      sha: headSha,
      ref: `feature-${number}`,
      repo: headRepo === null ? null : { full_name: headRepo },
    },
    base: { sha: 'base'.padEnd(40, '0'), ref: 'main', repo: { full_name: 'octo/shop' } },
  };
}

const link = (page: number) =>
  `<${API}/repositories/42/pulls?state=open&per_page=100&page=${page}>; rel="next", ` +
  `<${API}/repositories/42/pulls?state=open&per_page=100&page=${page}>; rel="last"`;

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('findPullRequestForSha', () => {
  it('takes the open pull request GitHub associates with the commit (one request)', async () => {
    const scope = nock(API)
      .get(ASSOCIATED)
      .query(true)
      .reply(200, [pull(3, SHA, { state: 'closed' }), pull(4, SHA)]);

    const found = await findPullRequestForSha(client(), { owner: 'octo', repo: 'shop', sha: SHA });

    expect(scope.isDone()).toBe(true);
    expect(found).toEqual({
      number: 4,
      baseSha: 'base'.padEnd(40, '0'),
      headSha: SHA,
      baseRef: 'main',
      headRef: 'feature-4',
      fromFork: false,
    });
  });

  it('finds a fork pull request by head SHA among the open ones, page by page', async () => {
    const scope = nock(API)
      .get(ASSOCIATED)
      .query(true)
      .reply(200, [])
      .get('/repos/octo/shop/pulls')
      .query({ state: 'open', per_page: '100' })
      .reply(
        200,
        Array.from({ length: 100 }, (_, index) => pull(100 + index, 'other'.padEnd(40, '0'))),
        { Link: link(2) },
      )
      .get('/repositories/42/pulls')
      .query({ state: 'open', per_page: '100', page: '2' })
      .reply(200, [pull(9, SHA, { headRepo: 'mallory/shop' })]);

    const found = await findPullRequestForSha(client(), { owner: 'octo', repo: 'shop', sha: SHA });

    expect(scope.isDone()).toBe(true);
    expect(found).toMatchObject({ number: 9, fromFork: true, headRef: 'feature-9' });
  });

  it("narrows the list to the fork's branch when the workflow_run names it", async () => {
    const scope = nock(API)
      .get(ASSOCIATED)
      .query(true)
      .reply(200, [])
      .get('/repos/octo/shop/pulls')
      .query({ state: 'open', per_page: '100', head: 'mallory:fix-typo' })
      .reply(200, [pull(12, SHA, { headRepo: null })]);

    const found = await findPullRequestForSha(client(), {
      owner: 'octo',
      repo: 'shop',
      sha: SHA,
      headRepo: 'mallory/shop',
      headBranch: 'fix-typo',
    });

    expect(scope.isDone()).toBe(true);
    expect(found).toMatchObject({ number: 12, fromFork: true });
  });

  it('is null when no open pull request has that head (pushed since)', async () => {
    const scope = nock(API)
      .get(ASSOCIATED)
      .query(true)
      .reply(200, [pull(3, SHA, { state: 'closed' })])
      .get('/repos/octo/shop/pulls')
      .query(true)
      .reply(200, [pull(5, 'newer'.padEnd(40, '0'))]);

    expect(await findPullRequestForSha(client(), { owner: 'octo', repo: 'shop', sha: SHA })).toBeNull();
    expect(scope.isDone()).toBe(true);
  });
});
