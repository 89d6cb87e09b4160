import { getOctokit } from '@actions/github';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ScannedTodo } from '../../../src/core/model/todo.js';
import { parseIssueMarker } from '../../../src/core/todos/sync/parse-issue-marker.js';
import { createGithubClient } from '../../../src/github/create-github-client.js';
import type { SyncTodoIssuesOptions } from '../../../src/github/todos/sync-todo-issues.js';
import { syncTodoIssues } from '../../../src/github/todos/sync-todo-issues.js';
import { API, FakeIssuesApi } from './fake-issues-api.js';
import { scannedTodo } from '../../support/scanned-todo.js';

// A plain Octokit, without the retry and throttling plugins: the executor must pace and wait out rate limits itself.
const plainClient = () => getOctokit('test', { baseUrl: API, request: { fetch: globalThis.fetch } });

const SHA1 = '1111111111111111111111111111111111111111';
const SHA2 = '2222222222222222222222222222222222222222';
const SHA3 = '3333333333333333333333333333333333333333';

let sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
};

const sync = (todos: ScannedTodo[], sha: string, options: Partial<SyncTodoIssuesOptions> = {}) =>
  syncTodoIssues(plainClient(), {
    owner: 'octo',
    repo: 'shop',
    sha,
    serverUrl: 'https://github.com',
    todos,
    mode: 'on',
    labels: ['tech-debt'],
    sleep,
    ...options,
  });

const retries = scannedTodo('src/a.ts', 3, 'handle retries');
const leak = scannedTodo('src/a.ts', 10, 'leaks on close', { keyword: 'FIXME' });
const cache = scannedTodo('src/lib/b.ts', 5, 'cache the parse', {
  assignee: 'alice',
  labels: ['perf'],
  priority: 'P1',
  body: ['The parse runs on every @octo request.', 'See <details>.'],
});

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('syncTodoIssues against a fake issues API', () => {
  // Pages of 4 so that listing follows `Link` headers; the request still asks for 100.
  const fake = new FakeIssuesApi(4);
  let writesBefore = 0;
  const newWrites = () => fake.writes.slice(writesBefore);

  beforeAll(() => {
    fake.install();
    // Not gonogo's: no label, a person's `todo` issue without marker, a pull request with the label.
    fake.seed({ title: 'Unrelated bug' });
    fake.seed({ title: 'TODO: clean up', labels: [{ name: 'todo' }], body: 'by hand' });
    fake.seed({
      title: 'PR',
      labels: [{ name: 'todo' }],
      body: '<!-- gonogo-todo {} -->',
      pull_request: { url: 'x' },
    });
  });
  beforeEach(() => {
    sleeps = [];
    writesBefore = fake.writes.length;
    fake.faults = [];
  });
  afterAll(() => nock.cleanAll());

  it('creates one issue per TODO, marker in the body, spaced writes', async () => {
    const result = await sync([retries, leak, cache], SHA1);

    expect(result.failure).toBeNull();
    expect(newWrites().map((write) => `${write.method} ${write.path}`)).toEqual([
      'POST /repos/octo/shop/issues',
      'POST /repos/octo/shop/issues',
      'POST /repos/octo/shop/issues',
    ]);
    expect(sleeps).toEqual([1000, 1000]);
    const created = fake.all.filter((issue) => parseIssueMarker(issue.body));
    expect(created.map((issue) => issue.title)).toEqual([
      'TODO: handle retries',
      'FIXME: leaks on close',
      'TODO: cache the parse',
    ]);
    const cacheIssue = created[2]!;
    expect(cacheIssue.labels.map((label) => label.name)).toEqual(['todo', 'tech-debt', 'perf', 'P1']);
    expect(cacheIssue.assignees).toEqual([{ login: 'alice' }]);
    expect(cacheIssue.body).toContain(`https://github.com/octo/shop/blob/${SHA1}/src/lib/b.ts#L5`);
    expect(cacheIssue.body).toContain('```typescript\nfunction f() {');
    expect(cacheIssue.body).toContain('every @\u200bocto request');
    expect(cacheIssue.body).toContain('&lt;details&gt;');
    expect(parseIssueMarker(cacheIssue.body)).toMatchObject({
      fingerprint: cache.fingerprint,
      path: 'src/lib/b.ts',
    });
    expect(fake.listQueries[0]).toEqual({ labels: 'todo', state: 'all', per_page: '100' });
    expect(result.summary).toContain('3 created');
    expect(result.summary).toMatch(
      /\[#\d+\]\(https:\/\/github\.com\/octo\/shop\/issues\/\d+\) TODO: handle retries/,
    );
  });

  it('writes nothing on a re-run at a new commit with lines shifted', async () => {
    const shifted = [retries, leak, cache].map((todo) => ({ ...todo, line: todo.line + 7 }));

    const result = await sync(shifted, SHA2);

    expect(newWrites()).toEqual([]);
    expect(result.writeRequests).toBe(0);
    expect(result.plan.unchanged).toHaveLength(3);
    expect(result.summary).toContain('0 created, 0 updated, 0 moved, 0 closed, 0 reopened, 3 unchanged');
    // Listing followed the pages: 6 labelled issues (the pull request among them) in pages of 4.
    expect(fake.listQueries.at(-1)).toMatchObject({ page: '2' });
  });

  it('updates the issue of a TODO moved to another file instead of opening one', async () => {
    const moved = { ...cache, path: 'src/lib/c.ts', line: 40 };
    const count = fake.all.length;

    const result = await sync([retries, leak, moved], SHA2);

    expect(fake.all).toHaveLength(count);
    expect(newWrites()).toHaveLength(1);
    const [write] = newWrites();
    expect(write?.method).toBe('PATCH');
    expect(write?.body.body).toContain(`/blob/${SHA2}/src/lib/c.ts#L40`);
    expect(parseIssueMarker(String(write?.body.body))).toMatchObject({ path: 'src/lib/c.ts' });
    expect(result.summary).toContain('1 moved');
  });

  const edited = {
    ...retries,
    text: 'handle retries with backoff',
    fingerprint: 'TODO:handle retries with backoff:0',
  };
  const movedCache = { ...cache, path: 'src/lib/c.ts', line: 40 };

  it('updates the title, body and marker of an edited TODO', async () => {
    const result = await sync([edited, leak, movedCache], SHA2);

    expect(newWrites()).toHaveLength(1);
    const issue = fake.all.find((each) => each.title === 'TODO: handle retries with backoff');
    expect(issue).toBeDefined();
    expect(parseIssueMarker(issue!.body)?.fingerprint).toBe(edited.fingerprint);
    expect(result.summary).toContain('1 updated');
  });

  it('closes the issue of a deleted TODO with a comment naming the commit', async () => {
    const result = await sync([edited, movedCache], SHA3);

    const issue = fake.all.find((each) => each.title === 'FIXME: leaks on close')!;
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    expect(issue.comments).toEqual([expect.stringContaining(`No longer in the code at ${SHA3}`)]);
    expect(parseIssueMarker(issue.body)?.closedByGonogo).toBe(true);
    expect(newWrites().map((write) => write.method)).toEqual(['PATCH', 'POST']);
    expect(sleeps).toEqual([1000]);
    expect(result.summary).toContain('1 closed');
  });

  it('reopens it when the TODO comes back, with a comment', async () => {
    const result = await sync([edited, leak, movedCache], SHA1);

    const issue = fake.all.find((each) => each.title === 'FIXME: leaks on close')!;
    expect(issue.state).toBe('open');
    expect(issue.comments[1]).toContain(`Back in the code at ${SHA1}`);
    expect(parseIssueMarker(issue.body)?.closedByGonogo).toBe(false);
    expect(result.summary).toContain('1 reopened');

    writesBefore = fake.writes.length;
    await sync([edited, leak, movedCache], SHA2);
    expect(newWrites()).toEqual([]);
  });

  const current = [edited, leak, movedCache];
  const batch = ['one', 'two', 'three', 'four'].map((word, index) =>
    scannedTodo('src/new.ts', 10 * (index + 1), `step ${word}`),
  );

  it('stops cleanly when a create fails halfway, and a re-run opens only the missing ones', async () => {
    let creates = 0;
    // The 3rd create is stored but answered 500 (GitHub timed out after writing); the 4th is never sent.
    fake.faults = [
      (write, store) => {
        if (write.method !== 'POST' || write.path !== '/repos/octo/shop/issues') return undefined;
        creates++;
        if (creates !== 3) return undefined;
        store();
        return [500, { message: 'Server Error' }];
      },
    ];

    const failed = await sync([...current, ...batch], SHA2);

    expect(failed.applied).toHaveLength(2);
    expect(failed.failure).toMatchObject({ status: 500, operation: { kind: 'create' } });
    expect(failed.notAttempted).toHaveLength(1);
    expect(failed.summary).toContain('The sync stopped');

    fake.faults = [];
    writesBefore = fake.writes.length;
    const rerun = await sync([...current, ...batch], SHA2);

    expect(rerun.failure).toBeNull();
    expect(newWrites()).toHaveLength(1);
    const titles = fake.all.map((issue) => issue.title).filter((title) => title.startsWith('TODO: step'));
    expect(titles.sort()).toEqual([
      'TODO: step four',
      'TODO: step one',
      'TODO: step three',
      'TODO: step two',
    ]);
  });

  const many = Array.from({ length: 30 }, (_, index) =>
    scannedTodo(`src/many/${String(index).padStart(2, '0')}.ts`, 1, `item ${index}`),
  );

  it('opens at most maxNew issues a run and defers the rest, in path and line order', async () => {
    const first = await sync([...current, ...batch, ...many], SHA2);

    expect(first.applied.filter((done) => done.operation.kind === 'create')).toHaveLength(25);
    expect(first.plan.deferred.map((todo) => todo.path)).toEqual([
      'src/many/25.ts',
      'src/many/26.ts',
      'src/many/27.ts',
      'src/many/28.ts',
      'src/many/29.ts',
    ]);
    expect(first.summary).toContain('5 more TODOs will be opened on the next runs');
    expect(sleeps).toHaveLength(24);
    expect(sleeps.every((ms) => ms >= 1000)).toBe(true);

    writesBefore = fake.writes.length;
    const second = await sync([...current, ...batch, ...many], SHA2);

    expect(newWrites()).toHaveLength(5);
    expect(second.plan.deferred).toEqual([]);
    expect(fake.all.filter((issue) => issue.title.startsWith('TODO: item'))).toHaveLength(30);
  });

  const late = scannedTodo('src/z.ts', 1, 'late arrival');

  it('waits out a secondary rate limit as retry-after asks, then retries', async () => {
    let limited = false;
    fake.faults = [
      (write) => {
        if (limited || write.method !== 'POST') return undefined;
        limited = true;
        return [
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          },
          { 'retry-after': '2' },
        ];
      },
    ];

    const result = await sync([...current, ...batch, ...many, late], SHA2);

    expect(result.failure).toBeNull();
    expect(sleeps).toEqual([2000]);
    expect(newWrites()).toHaveLength(2);
    expect(fake.all.filter((issue) => issue.title === 'TODO: late arrival')).toHaveLength(1);
  });

  it('plans without writing in a dry run', async () => {
    const code = [edited, movedCache, ...batch, ...many, late, scannedTodo('src/y.ts', 2, 'dry')];

    const result = await sync(code, SHA3, { mode: 'dry-run' });

    expect(newWrites()).toEqual([]);
    expect(sleeps).toEqual([]);
    expect(result.writeRequests).toBe(0);
    expect(result.plan.operations.map((operation) => operation.kind)).toEqual(['close', 'create']);
    expect(result.summary).toContain('nothing was written');
    expect(result.summary).toContain('#### To create');
  });

  it('leaves an issue closed by hand closed, and reports it', async () => {
    const issue = fake.all.find((each) => each.title === 'FIXME: leaks on close')!;
    issue.state = 'closed';
    issue.state_reason = 'not_planned';

    const result = await sync([...current, ...batch, ...many, late], SHA2);

    expect(newWrites()).toEqual([]);
    expect(issue.state).toBe('closed');
    expect(result.plan.closedByHand.map(({ issue: closed }) => closed.number)).toEqual([issue.number]);
    expect(result.summary).toContain('1 closed by hand');
    expect(result.summary).toContain('#### Closed by hand, TODO still in code');
  });

  it('never closes the issue a TODO refers to, nor opens one for it', async () => {
    const issue = fake.all.find((each) => each.title === 'TODO: handle retries with backoff')!;
    const referring = { ...edited, issue: `#${issue.number}` };

    const result = await sync([referring, leak, movedCache, ...batch, ...many, late], SHA2, {
      mode: 'dry-run',
    });

    const touched = result.plan.operations.filter(
      (operation) => operation.kind === 'create' || operation.issue.number === issue.number,
    );
    expect(touched).toEqual([]);
    expect(result.plan.referenced).toEqual([referring]);
  });
});

describe('syncTodoIssues with the Action client', () => {
  beforeEach(() => {
    sleeps = [];
  });

  it('lists and creates through createGithubClient, its throttling plugin aside', async () => {
    const fake = new FakeIssuesApi();
    fake.install();
    try {
      const client = createGithubClient({
        token: 't',
        fetch: globalThis.fetch,
        spaceWrites: false,
        secondMs: 1,
      });
      const todos = [scannedTodo('a.ts', 1, 'one'), scannedTodo('b.ts', 1, 'two')];

      const first = await syncTodoIssues(client, {
        owner: 'octo',
        repo: 'shop',
        sha: SHA1,
        serverUrl: 'https://github.com',
        todos,
        mode: 'on',
        sleep,
      });
      const second = await syncTodoIssues(client, {
        owner: 'octo',
        repo: 'shop',
        sha: SHA2,
        serverUrl: 'https://github.com',
        todos,
        mode: 'on',
        sleep,
      });

      expect(first.applied).toHaveLength(2);
      expect(second.writeRequests).toBe(0);
      expect(fake.writes).toHaveLength(2);
      expect(fake.all.map((issue) => issue.labels.map((label) => label.name))).toEqual([['todo'], ['todo']]);
    } finally {
      nock.cleanAll();
    }
  });
});
