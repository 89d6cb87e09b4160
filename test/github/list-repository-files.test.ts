import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../src/github/create-github-client.js';
import { GitHubApiError } from '../../src/github/github-api-error.js';
import { listRepositoryFiles } from '../../src/github/list-repository-files.js';

const API = 'https://api.github.com';
const SHA = 'feed'.padEnd(40, '0');
const TREE = `/repos/octo/shop/git/trees/${SHA}`;

const client = () =>
  createGithubClient({ token: 'test', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false });
const list = () => listRepositoryFiles(client(), { owner: 'octo', repo: 'shop', sha: SHA });

const entry = (
  path: string,
  type: 'blob' | 'tree' | 'commit',
  mode = type === 'tree' ? '040000' : '100644',
) => ({
  path,
  mode: type === 'commit' ? '160000' : mode,
  type,
  sha: '0'.repeat(40),
  url: `${API}/repos/octo/shop/git/blobs/${'0'.repeat(40)}`,
});

const tree = (entries: ReturnType<typeof entry>[], truncated = false) =>
  nock(API)
    .get(TREE)
    .query({ recursive: 'true' })
    .reply(200, { sha: SHA, url: `${API}${TREE}`, tree: entries, truncated });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('listRepositoryFiles', () => {
  it('lists the files of the commit in one request: blobs only, sorted, no directories or submodules', async () => {
    const scope = tree([
      entry('src', 'tree'),
      entry('src/checkout/retry.ts', 'blob'),
      entry('README.md', 'blob'),
      entry('src/checkout', 'tree'),
      entry('vendor/lib', 'commit'),
      entry('bin/run', 'blob', '100755'),
      entry('docs/latest', 'blob', '120000'),
    ]);
    expect(await list()).toEqual({
      files: ['README.md', 'bin/run', 'docs/latest', 'src/checkout/retry.ts'],
      note: null,
    });
    expect(scope.isDone()).toBe(true);
  });

  it('gives no list, and says why, when GitHub truncates a huge tree (a partial list would misplace paths)', async () => {
    const scope = tree([entry('src/a.ts', 'blob')], true);
    expect(await list()).toEqual({
      files: null,
      note: 'repository files: too many to list through the API; report paths are taken as given',
    });
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    [404, 'GitHub API: 404 on octo/shop repository files: no such repository, or the token cannot see it'],
    [
      403,
      'GitHub API: 403 on octo/shop repository files: the token may not read its contents (it needs the "contents: read" permission)',
    ],
  ])('turns a %i into a GitHubApiError naming the repository and what to do', async (status, message) => {
    const scope = nock(API)
      .get(TREE)
      .query({ recursive: 'true' })
      .reply(status, { message: status === 404 ? 'Not Found' : 'Resource not accessible by integration' });
    const error = await list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status, repository: 'octo/shop' });
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
    expect(scope.isDone()).toBe(true);
  });
});
