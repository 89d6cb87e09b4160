import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Todo } from '../../src/core/model/todo.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tree = 'test/fixtures/todos/tree';

async function gonogo(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: root,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => '2026-12-07',
  });
  return { code, stdout, stderr };
}

const scanTree = async (...extra: string[]) => {
  const run = await gonogo('todos', tree, '--format', 'json', ...extra);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { todos: Todo[]; files: number };
};

describe('gonogo todos on the fixture tree', () => {
  it('finds exactly the intended TODOs, in comments only, by path then line', async () => {
    const { todos } = await scanTree();
    expect(todos.map((todo) => `${todo.path}:${todo.line} ${todo.keyword} ${todo.text}`)).toEqual([
      'Makefile:1 TODO parallel build',
      'config/app.yml:2 TODO tune the pool size',
      'docs/guide.md:5 TODO add screenshots',
      'scripts/build.py:3 TODO split into stages',
      'scripts/build.py:12 BUG wrong on Windows',
      'scripts/deploy.sh:2 TODO parametrize the region',
      'scripts/deploy.sh:7 FIXME hard-coded',
      'src/app.ts:1 TODO cache the lookup',
      'src/app.ts:5 FIXME handle retries',
      'src/app.ts:9 HACK works around the upstream bug',
      'src/app.ts:11 TODO dedupe',
      'src/app.ts:12 TODO dedupe',
      'src/app.ts:13 XXX block comment',
      'src/app.ts:19 TODO gérer les erreurs réseau',
      'src/component.tsx:4 TODO translate the label',
      'src/crlf.ts:1 TODO crlf line endings',
      'src/crlf.ts:4 FIXME second crlf todo',
      'src/index.html:2 FIXME accessibility audit',
      'src/main.go:5 TODO already tracked',
      'src/query.sql:1 TODO index this column',
      'src/style.css:1 TODO dark mode',
    ]);
  });

  it('reads the metadata: assignee, priority and labels, issue references', async () => {
    const { todos } = await scanTree();
    const at = (path: string, line: number) => todos.find((todo) => todo.path === path && todo.line === line);
    expect(at('src/app.ts', 1)).toMatchObject({ assignee: 'alice', labels: ['perf'], issue: null });
    expect(at('src/app.ts', 9)).toMatchObject({ assignee: null, labels: [], issue: '#42' });
    expect(at('src/main.go', 5)).toMatchObject({ issue: '#7' });
    expect(at('scripts/build.py', 3)).toMatchObject({ assignee: 'carol' });
    expect(at('scripts/deploy.sh', 2)).toMatchObject({ assignee: 'bob' });
    expect(Object.keys(at('src/app.ts', 1) ?? {})).toEqual([
      'path',
      'line',
      'keyword',
      'text',
      'assignee',
      'labels',
      'issue',
      'fingerprint',
    ]);
  });

  it('keeps two identical TODOs of one file apart, and fingerprints without the line or path', async () => {
    const { todos } = await scanTree();
    const dedupe = todos.filter((todo) => todo.text === 'dedupe');
    expect(dedupe).toHaveLength(2);
    expect(dedupe[0]?.fingerprint).not.toBe(dedupe[1]?.fingerprint);
    expect(new Set(todos.map((todo) => todo.fingerprint)).size).toBe(todos.length);
    for (const todo of todos) expect(todo.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('never reads git-ignored, vendored, minified, generated or binary files', async () => {
    const { todos } = await scanTree();
    const paths = new Set(todos.map((todo) => todo.path));
    for (const path of [
      'ignored.ts',
      'build/out.ts',
      'vendor/lib.js',
      'public/app.min.js',
      'src/api.pb.go',
      'assets/logo.png',
    ])
      expect(paths.has(path)).toBe(false);
  });

  it('with --diff, reports only the TODOs on added lines', async () => {
    const work = await mkdtemp(join(tmpdir(), 'gonogo-todos-'));
    const diff = join(work, 'change.diff');
    await writeFile(
      diff,
      [
        'diff --git a/src/app.ts b/src/app.ts',
        '--- a/src/app.ts',
        '+++ b/src/app.ts',
        '@@ -10,2 +10,3 @@',
        ' }',
        '+// TODO: dedupe',
        ' // TODO: dedupe',
        '',
      ].join('\n'),
    );
    const { todos } = await scanTree('--diff', diff);
    expect(todos.map((todo) => `${todo.path}:${todo.line}`)).toEqual(['src/app.ts:11']);
  });

  it('exits 2 with one line for a missing directory or a bad flag', async () => {
    const missing = await gonogo('todos', 'no/such/dir');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('gonogo: no/such/dir: no such directory\n');
    const flag = await gonogo('todos', tree, '--formt', 'json');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option --formt \(did you mean --format\?\)/);
  });

  it('takes keywords and exclusions from the rules', async () => {
    const work = await mkdtemp(join(tmpdir(), 'gonogo-todos-'));
    const config = join(work, 'gonogo.yml');
    await writeFile(config, 'todos:\n  keywords: [FIXME]\n  exclude: ["scripts/**"]\n');
    const { todos } = await scanTree('--config', config);
    expect(todos.map((todo) => `${todo.path}:${todo.line}`)).toEqual([
      'src/app.ts:5',
      'src/crlf.ts:4',
      'src/index.html:2',
    ]);
  });
});
