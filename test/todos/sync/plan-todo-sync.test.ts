import { describe, expect, it } from 'vitest';
import type { ScannedTodo } from '../../../src/core/model/todo.js';
import { parseIssueMarker } from '../../../src/core/todos/sync/parse-issue-marker.js';
import { planTodoSync } from '../../../src/core/todos/sync/plan-todo-sync.js';
import type { TodoIssue } from '../../../src/core/todos/sync/todo-issue.js';
import type { TodoSyncSettings } from '../../../src/core/todos/sync/todo-sync-plan.js';
import { issueFor } from './marked-issue-fixture.js';
import { scannedTodo } from '../../support/scanned-todo.js';

const settings: TodoSyncSettings = {
  owner: 'octo',
  repo: 'shop',
  sha: 'c0ffee',
  serverUrl: 'https://github.com',
  trackingLabel: 'todo',
  labels: ['tech-debt'],
  maxNew: 25,
};
const plan = (todos: ScannedTodo[], issues: TodoIssue[], more: Partial<TodoSyncSettings> = {}) =>
  planTodoSync(todos, issues, { ...settings, ...more });

const retries = scannedTodo('src/a.ts', 3, 'handle retries', { labels: ['perf'], priority: 'P1' });
const tracked = (number: number, todo: ScannedTodo, fields: Partial<TodoIssue> = {}) =>
  issueFor(number, todo, { labels: ['todo', 'tech-debt', 'perf', 'P1'], ...fields });

describe('planTodoSync', () => {
  it('creates an issue for a new TODO: title, marked body, labels, assignee', () => {
    const todo = { ...retries, assignee: '@alice' };
    const [create] = plan([todo], []).operations;
    expect(create).toMatchObject({
      kind: 'create',
      title: 'TODO: handle retries',
      labels: ['todo', 'tech-debt', 'perf', 'P1'],
      assignees: ['alice'],
    });
    expect(create?.kind === 'create' && parseIssueMarker(create.body)).toMatchObject({
      fingerprint: todo.fingerprint,
      path: 'src/a.ts',
      closedByGonogo: false,
    });
  });

  it('leaves an up-to-date issue alone at a new commit and a shifted line', () => {
    const result = plan([{ ...retries, line: 40 }], [tracked(1, retries)], { sha: 'another' });
    expect(result.operations).toEqual([]);
    expect(result.unchanged.map(({ issue }) => issue.number)).toEqual([1]);
  });

  it('ignores issues without a valid marker', () => {
    const result = plan([retries], [{ ...tracked(1, retries), body: 'written by hand' }]);
    expect(result.operations.map((operation) => operation.kind)).toEqual(['create']);
  });

  it('adds missing labels and keeps those a person added', () => {
    const [update] = plan([retries], [tracked(1, retries, { labels: ['todo', 'needs-design'] })]).operations;
    expect(update).toMatchObject({
      kind: 'update',
      reasons: ['labels'],
      changes: { labels: ['todo', 'needs-design', 'tech-debt', 'perf', 'P1'] },
    });
    expect(update?.kind === 'update' && update.changes.body).toBeUndefined();
  });

  it('compares labels as GitHub does, case-insensitively', () => {
    const result = plan([retries], [tracked(1, retries, { labels: ['TODO', 'Tech-Debt', 'PERF', 'p1'] })]);
    expect(result.operations).toEqual([]);
  });

  it('rewrites title and body when the TODO changed, not a title a person edited otherwise', () => {
    const changed = { ...retries, body: ['with jitter'] };
    const [update] = plan([changed], [tracked(1, retries, { title: 'Retries (renamed)' })]).operations;
    expect(update).toMatchObject({
      kind: 'update',
      reasons: ['content'],
      changes: { title: 'TODO: handle retries' },
    });
    expect(update?.kind === 'update' && update.changes.body).toContain('with jitter');

    expect(plan([retries], [tracked(1, retries, { title: 'Retries (renamed)' })]).operations).toEqual([]);
  });

  it('adds the assignee of a changed TODO, not one a person removed from an unchanged TODO', () => {
    const assigned = { ...retries, assignee: 'bob' };
    expect(plan([assigned], [tracked(1, assigned)]).operations).toEqual([]);
    const [update] = plan([assigned], [tracked(1, retries, { assignees: ['carol'] })]).operations;
    expect(update).toMatchObject({
      reasons: ['content', 'assignee'],
      changes: { assignees: ['carol', 'bob'] },
    });
  });

  it('updates the path of a moved TODO', () => {
    const moved = { ...retries, path: 'src/b.ts' };
    const [update] = plan([moved], [tracked(1, retries)]).operations;
    expect(update).toMatchObject({ kind: 'update', how: 'moved', reasons: ['path'] });
    expect(update?.kind === 'update' && parseIssueMarker(update.changes.body ?? '')?.path).toBe('src/b.ts');
  });

  it('closes the issue of a TODO gone, marking it closed by gonogo and keeping the body', () => {
    const issue = tracked(1, retries);
    const [close] = plan([], [issue]).operations;
    expect(close).toMatchObject({
      kind: 'close',
      reason: 'gone',
      changes: { state: 'closed', stateReason: 'completed' },
      comment:
        'No longer in the code at c0ffee (it was in `src/a.ts`). Closed by gonogo, which reopens it if the TODO comes back.',
    });
    const body = close?.kind === 'close' ? (close.changes.body ?? '') : '';
    expect(parseIssueMarker(body)?.closedByGonogo).toBe(true);
    expect(body.split('\n').slice(1)).toEqual(issue.body.split('\n').slice(1));
  });

  it('writes nothing for an issue already closed whose TODO is gone', () => {
    const result = plan([], [tracked(1, retries, { state: 'closed', stateReason: 'completed' })]);
    expect(result.operations).toEqual([]);
  });

  it('reopens an issue gonogo closed when its TODO comes back', () => {
    const issue = issueFor(
      1,
      retries,
      { state: 'closed', labels: ['todo', 'tech-debt', 'perf', 'P1'] },
      true,
    );
    const [reopen] = plan([retries], [issue]).operations;
    expect(reopen).toMatchObject({
      kind: 'reopen',
      changes: { state: 'open', stateReason: 'reopened' },
      comment:
        'Back in the code at c0ffee: [`src/a.ts` line 3](https://github.com/octo/shop/blob/c0ffee/src/a.ts#L3). Reopened by gonogo.',
    });
    expect(reopen?.kind === 'reopen' && parseIssueMarker(reopen.changes.body ?? '')?.closedByGonogo).toBe(
      false,
    );
  });

  it('leaves an issue a person closed closed, its TODO still there, and reports it', () => {
    const result = plan([retries], [tracked(1, retries, { state: 'closed', stateReason: 'not_planned' })]);
    expect(result.operations).toEqual([]);
    expect(result.closedByHand.map(({ issue }) => issue.number)).toEqual([1]);
  });

  it('never creates an issue for a TODO that refers to one, nor closes the one it names', () => {
    const referring = { ...retries, issue: '#1' };
    const result = plan([referring], [tracked(1, retries)]);
    expect(result.operations).toEqual([]);
    expect(result.referenced).toEqual([referring]);
  });

  it('closes its own issue when the TODO now refers to another one', () => {
    const referring = { ...retries, issue: '#99' };
    const [close] = plan([referring], [tracked(1, retries)]).operations;
    expect(close).toMatchObject({
      kind: 'close',
      reason: 'referenced',
      comment: 'The TODO in `src/a.ts` now refers to #99 (at c0ffee). Closed by gonogo.',
    });
  });

  it('closes an open duplicate as not planned, pointing to the issue that tracks the TODO', () => {
    const result = plan([retries], [tracked(4, retries), tracked(2, retries)]);
    expect(result.operations).toEqual([
      expect.objectContaining({
        kind: 'close',
        reason: 'duplicate',
        issue: expect.objectContaining({ number: 4 }),
        comment: 'Duplicate of #2, which tracks the same TODO.',
        changes: expect.objectContaining({ stateReason: 'not_planned' }),
      }),
    ]);
  });

  it('caps new issues at maxNew, by path then line, and defers the rest', () => {
    const todos = [
      scannedTodo('src/b.ts', 1, 'b1'),
      scannedTodo('src/a.ts', 9, 'a9'),
      scannedTodo('src/a.ts', 2, 'a2'),
    ];
    const result = plan(todos, [], { maxNew: 2 });
    expect(result.operations.map((operation) => operation.kind === 'create' && operation.todo.text)).toEqual([
      'a2',
      'a9',
    ]);
    expect(result.deferred.map((todo) => todo.text)).toEqual(['b1']);
  });

  it('orders updates and reopens, then closes, then creates', () => {
    const gone = scannedTodo('src/gone.ts', 1, 'gone');
    const back = scannedTodo('src/back.ts', 1, 'back');
    const result = plan(
      [scannedTodo('src/new.ts', 1, 'new'), back, { ...retries, body: ['changed'] }],
      [tracked(3, gone), issueFor(2, back, { state: 'closed' }, true), tracked(1, retries)],
    );
    expect(result.operations.map((operation) => operation.kind)).toEqual([
      'update',
      'reopen',
      'close',
      'create',
    ]);
  });
});
