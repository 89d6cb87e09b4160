import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanDirectory } from '../../src/cli/todos/scan-directory.js';
import { planTodoSync } from '../../src/core/todos/sync/plan-todo-sync.js';
import type { TodoIssue } from '../../src/core/todos/sync/todo-issue.js';
import { DEFAULT_TODO_OPTIONS } from '../../src/core/todos/todo-options.js';

const tree = fileURLToPath(new URL('../fixtures/todos/tree', import.meta.url));
const settings = (sha: string) => ({
  owner: 'acme',
  repo: 'shop',
  sha,
  serverUrl: 'https://github.com',
  trackingLabel: 'todo',
  labels: [],
  maxNew: 100,
});
const scan = (root: string) => scanDirectory(root, { ...DEFAULT_TODO_OPTIONS, exclude: [] });

/** The issues GitHub would hold after every create of a plan (numbered from 100: the tree's `TODO(#7)` refers to #7). */
function created(plan: ReturnType<typeof planTodoSync>): TodoIssue[] {
  return plan.operations.flatMap((operation, index) =>
    operation.kind === 'create'
      ? [
          {
            number: 100 + index,
            state: 'open' as const,
            stateReason: null,
            title: operation.title,
            body: operation.body,
            labels: operation.labels,
            assignees: operation.assignees,
            htmlUrl: `https://github.com/acme/shop/issues/${100 + index}`,
          },
        ]
      : [],
  );
}

describe('the fixture tree, scanned twice around a change, then planned', () => {
  it('a TODO moved to another file and one edited in place update their issues: nothing created or closed', async () => {
    const work = await mkdtemp(join(tmpdir(), 'gonogo-tree-'));
    await cp(tree, work, { recursive: true });
    const first = await scan(work);
    const issues = created(planTodoSync(first.todos, [], settings('1'.repeat(40))));
    // Every TODO without an issue reference gets one: the two "dedupe" TODOs get two.
    expect(issues).toHaveLength(first.todos.filter((todo) => todo.issue === null).length);

    // Move the FIXME with its body to a new file; edit the CSS TODO; shift the rest of app.ts by a line.
    const app = join(work, 'src/app.ts');
    const text = await readFile(app, 'utf8');
    const fixme = '// FIXME: handle retries\n//   with exponential backoff\n//   and a cap.\n';
    await writeFile(app, `// a new first line\n${text.replace(fixme, '')}`);
    await writeFile(join(work, 'src/retry.ts'), `export const retries = 3;\n${fixme}`);
    const css = join(work, 'src/style.css');
    await writeFile(
      css,
      (await readFile(css, 'utf8')).replace('TODO: dark mode', 'TODO: dark mode for the header'),
    );

    const second = await scan(work);
    const plan = planTodoSync(second.todos, issues, settings('2'.repeat(40)));
    const kinds = plan.operations.map((operation) =>
      operation.kind === 'update'
        ? `update ${operation.how} ${operation.todo.path}:${operation.todo.line}`
        : operation.kind === 'create'
          ? `create ${operation.todo.path}:${operation.todo.line}`
          : `${operation.kind} #${operation.issue.number}`,
    );
    expect(kinds.sort()).toEqual(['update edited src/style.css:1', 'update moved src/retry.ts:2']);
    expect(plan.unchanged).toHaveLength(issues.length - 2);
  });
});
