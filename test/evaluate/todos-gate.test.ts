import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import type { ScannedTodo, TodoScan } from '../../src/core/model/todo.js';
import { bundle, rulesFrom } from '../support/builders.js';
import { scannedTodo } from '../support/scanned-todo.js';

/** A TODO at `path:line` whose text names its place. */
const todo = (path: string, line: number, fields: Partial<ScannedTodo> = {}) =>
  scannedTodo(path, line, `fix ${path}:${line}`, fields);

const scan = (...todos: ScannedTodo[]) => ({
  configured: true,
  requested: ['.'],
  reports: [{ source: '.', todos, files: 3 } satisfies TodoScan],
  problems: [],
});

const rules = (scope: 'all' | 'new', max = 0) =>
  rulesFrom(`gates:\n  - id: no-todos\n    todos: { scope: ${scope}, max: ${max} }\n`);

const gateOf = (verdict: ReturnType<typeof evaluate>) => verdict.gates.find((gate) => gate.id === 'no-todos');

describe('todos gate', () => {
  it('scope new counts only TODOs on lines the diff adds, with each as evidence', () => {
    const verdict = evaluate(
      rules('new'),
      bundle({
        todos: scan(todo('src/a.ts', 3), todo('src/a.ts', 9), todo('src/b.ts', 1)),
        diff: new Map([['src/a.ts', new Set([9, 10])]]),
      }),
      { today: '2026-12-07' },
    );
    const gate = gateOf(verdict);
    expect(gate).toMatchObject({ status: 'fail', measured: '1 new TODO', value: 1 });
    expect(gate?.evidence).toEqual([
      { label: 'src/a.ts:9 TODO', why: 'new TODO: fix src/a.ts:9', path: 'src/a.ts', line: 9 },
    ]);
    expect(verdict.verdict).toBe('no-go');
  });

  it('scope new without a diff fails closed', () => {
    const gate = gateOf(
      evaluate(rules('new'), bundle({ todos: scan(todo('a.ts', 1)) }), { today: '2026-12-07' }),
    );
    expect(gate?.status).toBe('fail');
    expect(gate?.summary).toMatch(/needs the change.s diff/);
  });

  it('scope all passes within the limit and does not count TODOs that refer to an issue', () => {
    const gate = gateOf(
      evaluate(rules('all', 1), bundle({ todos: scan(todo('a.ts', 1), todo('b.ts', 2, { issue: '#4' })) }), {
        today: '2026-12-07',
      }),
    );
    expect(gate).toMatchObject({ status: 'pass', value: 1 });
    expect(gate?.notes).toContain('1 TODO referring to an issue (TODO(#123)) not counted');
  });

  it('fails closed when the scan could not run, and is not applicable when nothing scanned', () => {
    const broken = { configured: true, requested: ['.'], reports: [], problems: ['cannot list the tree'] };
    expect(gateOf(evaluate(rules('all'), bundle({ todos: broken }), { today: '2026-12-07' }))?.status).toBe(
      'fail',
    );
    expect(gateOf(evaluate(rules('all'), bundle(), { today: '2026-12-07' }))?.status).toBe('not-applicable');
  });
});
