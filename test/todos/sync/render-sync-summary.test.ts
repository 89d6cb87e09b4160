import { describe, expect, it } from 'vitest';
import { planTodoSync } from '../../../src/core/todos/sync/plan-todo-sync.js';
import { renderSyncSummary } from '../../../src/core/todos/sync/render-sync-summary.js';
import type { TodoSyncResult } from '../../../src/core/todos/sync/todo-sync-result.js';
import { issueFor } from './marked-issue-fixture.js';
import { scannedTodo } from '../../support/scanned-todo.js';

const settings = {
  owner: 'octo',
  repo: 'shop',
  sha: 'c0ffee',
  serverUrl: 'https://github.com',
  trackingLabel: 'todo',
  labels: [],
  maxNew: 1,
};

describe('renderSyncSummary', () => {
  const sly = scannedTodo('src/a.ts', 3, 'ping @alice <img src=x> #12');
  const later = scannedTodo('src/b.ts', 1, 'later');
  const gone = scannedTodo('src/c.ts', 1, 'gone');
  const handClosed = scannedTodo('src/d.ts', 1, 'kept');
  const plan = planTodoSync(
    [sly, later, handClosed],
    [issueFor(7, gone, { labels: ['todo'] }), issueFor(8, handClosed, { state: 'closed', labels: ['todo'] })],
    settings,
  );
  const result: Omit<TodoSyncResult, 'summary'> = {
    mode: 'on',
    sha: 'c0ffee',
    plan,
    applied: plan.operations.map((operation, index) => ({
      operation,
      number: operation.kind === 'create' ? 20 + index : operation.issue.number,
      url: `https://github.com/octo/shop/issues/${operation.kind === 'create' ? 20 + index : operation.issue.number}`,
    })),
    failure: null,
    notAttempted: [],
    writeRequests: 3,
  };

  it('counts each outcome and links each issue', () => {
    const summary = renderSyncSummary(result);
    expect(summary).toContain(
      'Synced at `c0ffee`: 1 created, 0 updated, 0 moved, 1 closed, 0 reopened, 0 unchanged, 1 deferred, 1 closed by hand.',
    );
    expect(summary).toContain('- [#7](https://github.com/octo/shop/issues/7) TODO: gone');
    expect(summary).toContain('1 more TODO will be opened on the next runs');
    expect(summary).toContain('#### Closed by hand, TODO still in code\n\n- [#8]');
    expect(summary).toContain('#### Deferred to the next runs\n\n- TODO: later — `src/b.ts` line 1');
  });

  it('escapes text from the code', () => {
    const summary = renderSyncSummary(result);
    expect(summary).toContain('ping @\u200balice &lt;img src=x&gt; #\u200b12');
    expect(summary).not.toContain('<img');
  });

  it('says what stopped the run', () => {
    const [first, ...rest] = plan.operations;
    const summary = renderSyncSummary({
      ...result,
      applied: [],
      failure: { operation: first!, status: 500, message: 'GitHub API: 500 on octo/shop issues: boom' },
      notAttempted: rest,
    });
    expect(summary).toContain(
      '**The sync stopped**: close failed (GitHub API: 500 on octo/shop issues: boom).',
    );
    expect(summary).toContain('1 operation not attempted');
  });

  it('says what a dry run would do', () => {
    const summary = renderSyncSummary({ ...result, mode: 'dry-run', applied: [] });
    expect(summary).toContain('Dry run at `c0ffee`: nothing was written. 1 to create, 0 to update');
    expect(summary).toContain('#### To create\n\n- new issue TODO: ping');
  });
});
