import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../src/github/create-github-client.js';
import { GitHubApiError } from '../../src/github/github-api-error.js';
import { listPullRequestFiles } from '../../src/github/list-pull-request-files.js';

const API = 'https://api.github.com';
const FILES = '/repos/octo/shop/pulls/7/files';

const client = () =>
  createGithubClient({ token: 'test', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false });

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/github/pull-files.json', import.meta.url), 'utf8'),
) as unknown[];

const link = (page: number, last: number) =>
  `<${API}/repositories/42/pulls/7/files?per_page=100&page=${page}>; rel="next", ` +
  `<${API}/repositories/42/pulls/7/files?per_page=100&page=${last}>; rel="last"`;

const file = (index: number) => ({
  sha: String(index).padStart(40, '0'),
  filename: `src/gen/file-${index}.ts`,
  status: 'added',
  additions: 1,
  deletions: 0,
  changes: 1,
  patch: '@@ -0,0 +1 @@\n+export {};',
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('listPullRequestFiles', () => {
  it('reads added and modified lines from each patch; renames under the new name; removals skipped', async () => {
    const scope = nock(API).get(FILES).query({ per_page: '100' }).reply(200, fixture);

    const result = await listPullRequestFiles(client(), { owner: 'octo', repo: 'shop', pullNumber: 7 });

    expect(scope.isDone()).toBe(true);
    expect(Object.fromEntries([...result.changed].map(([path, lines]) => [path, [...lines]]))).toEqual({
      'src/billing/invoice.ts': [11, 12, 13, 14, 43],
      'src/billing/new file.ts': [1, 2],
      'src/cart/basket.ts': [6],
      'src/cart/moved.ts': [],
    });
    expect(result.files).toBe(7);
    expect(result.withoutPatch).toEqual(['assets/logo.png', 'generated/schema.ts']);
    expect(result.truncated).toBe(false);
  });

  it('follows the Link headers, one request per 100 files', async () => {
    const scope = nock(API)
      .get(FILES)
      .query({ per_page: '100' })
      .reply(
        200,
        Array.from({ length: 100 }, (_, index) => file(index)),
        { Link: link(2, 2) },
      )
      .get('/repositories/42/pulls/7/files')
      .query({ per_page: '100', page: '2' })
      .reply(200, [file(100)]);

    const result = await listPullRequestFiles(client(), { owner: 'octo', repo: 'shop', pullNumber: 7 });

    expect(scope.isDone()).toBe(true);
    expect(result.files).toBe(101);
    expect(result.changed.get('src/gen/file-100.ts')).toEqual(new Set([1]));
  });

  it("says when GitHub's 3,000-file limit was reached", async () => {
    let scope = nock(API)
      .get(FILES)
      .query({ per_page: '100' })
      .reply(
        200,
        Array.from({ length: 100 }, (_, index) => file(index)),
        { Link: link(2, 30) },
      );
    for (let page = 2; page <= 30; page += 1)
      scope = scope
        .get('/repositories/42/pulls/7/files')
        .query({ per_page: '100', page: String(page) })
        .reply(
          200,
          Array.from({ length: 100 }, (_, index) => file((page - 1) * 100 + index)),
          page < 30 ? { Link: link(page + 1, 30) } : {},
        );

    const result = await listPullRequestFiles(client(), { owner: 'octo', repo: 'shop', pullNumber: 7 });

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ files: 3000, truncated: true });
  });

  it('a failure is a GitHubApiError', async () => {
    const scope = nock(API).get(FILES).query(true).reply(404, { message: 'Not Found' });

    const error = await listPullRequestFiles(client(), { owner: 'octo', repo: 'shop', pullNumber: 7 }).catch(
      (e: unknown) => e,
    );

    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 404 });
    expect((error as Error).message).toMatch(/^GitHub API: 404 on octo\/shop pull requests: /);
  });
});
