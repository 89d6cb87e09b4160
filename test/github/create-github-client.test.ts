import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors/config-error.js';
import { createGithubClient } from '../../src/github/create-github-client.js';

const API = 'https://api.github.com';
const TOKEN = 'ghs_secret-token-value';

/** Waits shortened a thousandfold, writes unspaced: the behaviour is GitHub's, the clock the test's. */
const client = (log?: { warning(message: string): void }) =>
  createGithubClient({
    token: TOKEN,
    fetch: globalThis.fetch,
    secondMs: 1,
    spaceWrites: false,
    ...(log ? { log } : {}),
  });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('createGithubClient', () => {
  it('sends the token as authorization and retries a 502', async () => {
    const scope = nock(API, { reqheaders: { authorization: `token ${TOKEN}` } })
      .get('/repos/octo/shop')
      .reply(502, { message: 'Bad Gateway' })
      .get('/repos/octo/shop')
      .reply(200, { full_name: 'octo/shop' });

    const { data } = await client().rest.repos.get({ owner: 'octo', repo: 'shop' });

    expect(data.full_name).toBe('octo/shop');
    expect(scope.isDone()).toBe(true);
  });

  it('retries a network failure', async () => {
    const scope = nock(API)
      .get('/repos/octo/shop')
      .replyWithError('socket hang up')
      .get('/repos/octo/shop')
      .reply(200, { full_name: 'octo/shop' });

    const { data } = await client().rest.repos.get({ owner: 'octo', repo: 'shop' });

    expect(data.full_name).toBe('octo/shop');
    expect(scope.isDone()).toBe(true);
  });

  it('gives up after two retries of a 5xx, with the last status', async () => {
    const scope = nock(API)
      .post('/repos/octo/shop/check-runs')
      .times(3)
      .reply(500, { message: 'Server Error' });

    const error = await client()
      .rest.checks.create({ owner: 'octo', repo: 'shop', name: 'gonogo', head_sha: 'a'.repeat(40) })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 500 });
    expect(scope.isDone()).toBe(true);
  });

  it('does not retry a 403 that is not a rate limit (a read-only token)', async () => {
    const scope = nock(API)
      .post('/repos/octo/shop/check-runs')
      .once()
      .reply(403, { message: 'Resource not accessible by integration' });

    const error = await client()
      .rest.checks.create({ owner: 'octo', repo: 'shop', name: 'gonogo', head_sha: 'a'.repeat(40) })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 403 });
    expect(scope.isDone()).toBe(true);
  });

  it('waits out a secondary rate limit as retry-after asks, then succeeds, and logs without the token', async () => {
    const warnings: string[] = [];
    const scope = nock(API)
      .post('/repos/octo/shop/issues/7/comments')
      .reply(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        },
        { 'retry-after': '1' },
      )
      .post('/repos/octo/shop/issues/7/comments')
      .reply(201, { id: 1 });

    const { data } = await client({ warning: (message) => warnings.push(message) }).rest.issues.createComment(
      {
        owner: 'octo',
        repo: 'shop',
        issue_number: 7,
        body: 'hello',
      },
    );

    expect(data.id).toBe(1);
    expect(scope.isDone()).toBe(true);
    expect(warnings).toEqual([
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 1 s (retry 1 of 2)',
    ]);
    expect(warnings.join('\n')).not.toContain(TOKEN);
  });

  it('waits for x-ratelimit-reset on an exhausted primary limit (429), at most twice, then fails', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    const exhausted = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset };
    const scope = nock(API)
      .get('/repos/octo/shop')
      .times(3)
      .reply(429, { message: 'API rate limit exceeded' }, exhausted);
    const warnings: string[] = [];

    const error = await client({ warning: (message) => warnings.push(message) })
      .rest.repos.get({ owner: 'octo', repo: 'shop' })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 429 });
    expect(scope.isDone()).toBe(true);
    expect(warnings).toHaveLength(3);
    expect(warnings[2]).toMatch(/giving up after 2 retries/);
  });

  it('fails at once when a rate limit asks for a longer wait than allowed', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const scope = nock(API)
      .get('/repos/octo/shop')
      .once()
      .reply(
        403,
        { message: 'API rate limit exceeded' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      );

    const error = await client()
      .rest.repos.get({ owner: 'octo', repo: 'shop' })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 403 });
    expect(scope.isDone()).toBe(true);
  });

  it('refuses an empty token as a configuration error', () => {
    expect(() => createGithubClient({ token: ' ' })).toThrow(ConfigError);
  });

  it('talks to the base URL it is given (GitHub Enterprise Server)', async () => {
    const scope = nock('https://ghe.example.com')
      .get('/api/v3/repos/octo/shop')
      .reply(200, { full_name: 'octo/shop' });

    const ghe = createGithubClient({
      token: TOKEN,
      baseUrl: 'https://ghe.example.com/api/v3/',
      fetch: globalThis.fetch,
    });
    const { data } = await ghe.rest.repos.get({ owner: 'octo', repo: 'shop' });

    expect(data.full_name).toBe('octo/shop');
    expect(scope.isDone()).toBe(true);
  });
});
