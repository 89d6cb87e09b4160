import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../src/github/create-github-client.js';
import { GitHubApiError } from '../../src/github/github-api-error.js';
import { upsertStickyComment } from '../../src/github/upsert-sticky-comment.js';

const API = 'https://api.github.com';
const COMMENTS = '/repos/octo/shop/issues/7/comments';
const MARKER = '<!-- gonogo:comment:gonogo -->';

const client = () =>
  createGithubClient({ token: 'test', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false });

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const HUMAN = { login: 'alice', id: 1, type: 'User' };

function comment(
  id: number,
  user: typeof BOT,
  body: string,
  createdAt = `2026-05-0${id % 9 || 1}T10:00:00Z`,
) {
  return {
    id,
    node_id: `IC_${id}`,
    url: `${API}/repos/octo/shop/issues/comments/${id}`,
    html_url: `https://github.com/octo/shop/pull/7#issuecomment-${id}`,
    body,
    user,
    created_at: createdAt,
    updated_at: createdAt,
    author_association: 'NONE',
  };
}

const link = (page: number, last: number) =>
  `<${API}/repositories/42/issues/7/comments?per_page=100&page=${page}>; rel="next", ` +
  `<${API}/repositories/42/issues/7/comments?per_page=100&page=${last}>; rel="last"`;

const upsert = (body: string) =>
  upsertStickyComment(client(), { owner: 'octo', repo: 'shop', issueNumber: 7, marker: MARKER, body });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('upsertStickyComment', () => {
  it('creates the comment with the marker on its first line when there is none', async () => {
    const bodies: unknown[] = [];
    const scope = nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, [comment(1, HUMAN, 'LGTM')])
      .post(COMMENTS, (body) => bodies.push(body) > 0)
      .reply(201, comment(2, BOT, `${MARKER}\n## gonogo: go`));

    const result = await upsert('## gonogo: go');

    expect(scope.isDone()).toBe(true);
    expect(bodies).toEqual([{ body: `${MARKER}\n## gonogo: go` }]);
    expect(result).toEqual({
      action: 'created',
      id: 2,
      url: 'https://github.com/octo/shop/pull/7#issuecomment-2',
    });
  });

  it('finds its comment on a later page and updates it in place', async () => {
    const bodies: unknown[] = [];
    const scope = nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(
        200,
        Array.from({ length: 100 }, (_, index) => comment(100 + index, HUMAN, `comment ${index}`)),
        { Link: link(2, 2) },
      )
      .get('/repositories/42/issues/7/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, [comment(300, BOT, `${MARKER}\n## gonogo: no-go`)])
      .patch('/repos/octo/shop/issues/comments/300', (body) => bodies.push(body) > 0)
      .reply(200, comment(300, BOT, `${MARKER}\n## gonogo: go`));

    const result = await upsert('## gonogo: go');

    expect(scope.isDone()).toBe(true);
    expect(bodies).toEqual([{ body: `${MARKER}\n## gonogo: go` }]);
    expect(result).toMatchObject({ action: 'updated', id: 300 });
  });

  it('ignores a person quoting the marker, and keeps the oldest of several bot comments', async () => {
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, [
        comment(5, HUMAN, `> ${MARKER}\n> ## gonogo: no-go\nwhy?`, '2026-05-01T09:00:00Z'),
        comment(6, BOT, `${MARKER}\nold`, '2026-05-01T10:00:00Z'),
        comment(8, BOT, `${MARKER}\nnewer duplicate`, '2026-05-02T10:00:00Z'),
      ])
      .patch('/repos/octo/shop/issues/comments/6')
      .reply(200, comment(6, BOT, `${MARKER}\nnew`));

    const result = await upsert('new');

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ action: 'updated', id: 6 });
  });

  it('writes nothing when the body is unchanged', async () => {
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, [comment(9, BOT, `${MARKER}\r\n## gonogo: go\r\n`)]);

    const result = await upsert(`${MARKER}\n## gonogo: go`);

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ action: 'unchanged', id: 9 });
  });

  it('cuts a body over 65,536 characters with a note, keeping the marker', async () => {
    let sent = '';
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, [])
      .post(COMMENTS, (body: { body: string }) => {
        sent = body.body;
        return true;
      })
      .reply(201, comment(10, BOT, 'x'));

    await upsert('| row | 🚦 |\n'.repeat(10_000));

    expect(scope.isDone()).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(65_536);
    expect(sent.startsWith(`${MARKER}\n`)).toBe(true);
    expect(sent).toMatch(/\n\n…cut here: a GitHub comment holds at most 65,536 characters\./);
  });

  it('a 403 (read-only token) is a GitHubApiError naming the permission', async () => {
    const scope = nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, [])
      .post(COMMENTS)
      .reply(403, { message: 'Resource not accessible by integration' });

    const error = await upsert('x').catch((e: unknown) => e);

    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 403 });
    expect((error as Error).message).toContain('"pull-requests: write"');
  });
});
