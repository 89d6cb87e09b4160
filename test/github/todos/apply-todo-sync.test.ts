import { getOctokit } from '@actions/github';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { planTodoSync } from '../../../src/core/todos/sync/plan-todo-sync.js';
import { applyTodoSync } from '../../../src/github/todos/apply-todo-sync.js';
import { issueFor } from '../../todos/sync/marked-issue-fixture.js';
import { scannedTodo } from '../../support/scanned-todo.js';
import { API } from './fake-issues-api.js';

const client = () => getOctokit('test', { baseUrl: API, request: { fetch: globalThis.fetch } });
const settings = {
  owner: 'octo',
  repo: 'shop',
  sha: 'c0ffee',
  serverUrl: 'https://github.com',
  trackingLabel: 'todo',
  labels: [],
  maxNew: 25,
};
const options = { owner: 'octo', repo: 'shop', mode: 'on' as const, sleep: async () => {} };
const created = (number: number) => ({ number, html_url: `https://github.com/octo/shop/issues/${number}` });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('applyTodoSync', () => {
  it('drops an assignee GitHub refuses and creates the issue unassigned', async () => {
    const bodies: Record<string, unknown>[] = [];
    const scope = nock(API)
      .post('/repos/octo/shop/issues', (body) => bodies.push(body) > 0)
      .reply(422, { message: 'Validation Failed', errors: [{ field: 'assignees', code: 'invalid' }] })
      .post('/repos/octo/shop/issues', (body) => bodies.push(body) > 0)
      .reply(201, created(5));
    const plan = planTodoSync([scannedTodo('a.ts', 1, 'x', { assignee: 'ghost' })], [], settings);

    const result = await applyTodoSync(client(), plan, options);

    expect(scope.isDone()).toBe(true);
    expect(bodies.map((body) => body.assignees)).toEqual([['ghost'], undefined]);
    expect(result.applied).toEqual([
      expect.objectContaining({
        number: 5,
        note: 'GitHub refused the assignee ghost; the issue is unassigned',
      }),
    ]);
  });

  it('stops at a refused write and reports the rest as not attempted', async () => {
    const scope = nock(API)
      .post('/repos/octo/shop/issues')
      .reply(403, { message: 'Resource not accessible by integration' });
    const plan = planTodoSync([scannedTodo('a.ts', 1, 'x'), scannedTodo('b.ts', 1, 'y')], [], settings);

    const result = await applyTodoSync(client(), plan, options);

    expect(scope.isDone()).toBe(true);
    expect(result.applied).toEqual([]);
    expect(result.failure?.status).toBe(403);
    expect(result.failure?.message).toContain('"issues: write"');
    expect(result.notAttempted).toHaveLength(1);
    expect(result.writeRequests).toBe(1);
  });

  it('reports a close whose comment failed as done, and stops', async () => {
    const gone = scannedTodo('a.ts', 1, 'gone');
    const scope = nock(API)
      .patch('/repos/octo/shop/issues/3')
      .reply(200, created(3))
      .post('/repos/octo/shop/issues/3/comments')
      .replyWithError('socket hang up');
    const plan = planTodoSync([], [issueFor(3, gone)], settings);

    const result = await applyTodoSync(client(), plan, options);

    expect(scope.isDone()).toBe(true);
    expect(result.applied).toEqual([
      expect.objectContaining({ number: 3, note: 'its comment could not be posted' }),
    ]);
    // Octokit reports a network failure as a RequestError with status 500.
    expect(result.failure).toMatchObject({ status: 500, operation: { kind: 'close' } });
    expect(result.failure?.message).toMatch(/^#3 was closed but its comment failed: GitHub API: 500/);
    expect(result.notAttempted).toEqual([]);
  });

  it('sends nothing in a dry run', async () => {
    const plan = planTodoSync([scannedTodo('a.ts', 1, 'x')], [], settings);
    const result = await applyTodoSync(client(), plan, { ...options, mode: 'dry-run' });
    expect(result).toEqual({ applied: [], failure: null, notAttempted: [], writeRequests: 0 });
  });
});
