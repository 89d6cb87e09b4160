import { describe, expect, it } from 'vitest';
import { matchTodoIssues } from '../../../src/core/todos/sync/match-todo-issues.js';
import { markedIssueFor } from './marked-issue-fixture.js';
import { scannedTodo } from '../../support/scanned-todo.js';

const summary = (result: ReturnType<typeof matchTodoIssues>) => ({
  matches: result.matches.map(
    ({ todo, issue, how }) => `${todo.path}:${todo.line} #${issue.issue.number} ${how}`,
  ),
  newTodos: result.unmatchedTodos.map((todo) => `${todo.path}:${todo.line}`),
  gone: result.unmatchedIssues.map(({ issue }) => issue.number),
  duplicates: result.duplicates.map(({ issue, of }) => `#${issue.issue.number} of #${of.issue.number}`),
});

const retries = scannedTodo('src/a.ts', 3, 'handle retries');

describe('matchTodoIssues', () => {
  it('1. same fingerprint and path, on another line', () => {
    const result = matchTodoIssues([{ ...retries, line: 30 }], [markedIssueFor(1, retries)]);
    expect(summary(result).matches).toEqual(['src/a.ts:30 #1 same']);
  });

  it('1. identical TODOs in two files each keep their issue', () => {
    const other = { ...retries, path: 'src/b.ts' };
    const result = matchTodoIssues([retries, other], [markedIssueFor(2, other), markedIssueFor(1, retries)]);
    expect(summary(result).matches).toEqual(['src/a.ts:3 #1 same', 'src/b.ts:3 #2 same']);
  });

  it('1. a second issue for the same TODO is a duplicate; the open one is kept', () => {
    const result = matchTodoIssues(
      [retries],
      [
        markedIssueFor(1, retries, { state: 'closed' }),
        markedIssueFor(5, retries),
        markedIssueFor(3, retries),
      ],
    );
    expect(summary(result)).toMatchObject({
      matches: ['src/a.ts:3 #3 same'],
      duplicates: ['#1 of #3', '#5 of #3'],
      gone: [],
    });
  });

  it('2. moved: same fingerprint, and the old path no longer has it', () => {
    const moved = { ...retries, path: 'src/lib/a.ts' };
    const result = matchTodoIssues([moved], [markedIssueFor(1, retries)]);
    expect(summary(result).matches).toEqual(['src/lib/a.ts:3 #1 moved']);
  });

  it('2. a copy to another file, the original still there, is a new TODO', () => {
    const copy = { ...retries, path: 'src/lib/a.ts' };
    const result = matchTodoIssues([retries, copy], [markedIssueFor(1, retries)]);
    expect(summary(result)).toMatchObject({ matches: ['src/a.ts:3 #1 same'], newTodos: ['src/lib/a.ts:3'] });
  });

  it('2. the original counts even when it refers to an issue of its own', () => {
    const copy = { ...retries, path: 'src/lib/a.ts' };
    const referring = { ...retries, issue: '#9' };
    const result = matchTodoIssues([copy], [markedIssueFor(1, retries)], [copy, referring]);
    expect(summary(result)).toMatchObject({ matches: [], newTodos: ['src/lib/a.ts:3'], gone: [1] });
  });

  it('3. edited: same file, alike text', () => {
    const edited = scannedTodo('src/a.ts', 8, 'handle retries with backoff');
    const unrelated = scannedTodo('src/a.ts', 4, 'rename this');
    const result = matchTodoIssues([unrelated, edited], [markedIssueFor(1, retries)]);
    expect(summary(result)).toMatchObject({ matches: ['src/a.ts:8 #1 edited'], newTodos: ['src/a.ts:4'] });
  });

  it('3. edited: rewritten text, same keyword, within 3 lines of an open issue', () => {
    const rewritten = scannedTodo('src/a.ts', 5, 'use exponential backoff');
    const far = scannedTodo('src/a.ts', 40, 'something else entirely');
    const result = matchTodoIssues([rewritten, far], [markedIssueFor(1, retries)]);
    expect(summary(result)).toMatchObject({ matches: ['src/a.ts:5 #1 edited'], newTodos: ['src/a.ts:40'] });
  });

  it('3. a closed issue is not paired by nearness alone, nor across keywords', () => {
    const rewritten = scannedTodo('src/a.ts', 4, 'use exponential backoff');
    const fixme = scannedTodo('src/a.ts', 4, 'use exponential backoff', { keyword: 'FIXME' });
    expect(
      summary(matchTodoIssues([rewritten], [markedIssueFor(1, retries, { state: 'closed' })])).matches,
    ).toEqual([]);
    expect(summary(matchTodoIssues([fixme], [markedIssueFor(1, retries)])).matches).toEqual([]);
  });

  it('3. most alike pairs first', () => {
    const a = scannedTodo('src/a.ts', 10, 'parse the config file');
    const b = scannedTodo('src/a.ts', 20, 'validate the config schema');
    const editedA = { ...a, text: 'parse the config file lazily', fingerprint: 'x1', line: 21 };
    const editedB = { ...b, text: 'validate the config schema strictly', fingerprint: 'x2', line: 11 };
    const result = matchTodoIssues([editedB, editedA], [markedIssueFor(1, a), markedIssueFor(2, b)]);
    expect(summary(result).matches.sort()).toEqual(['src/a.ts:11 #2 edited', 'src/a.ts:21 #1 edited']);
  });

  it('what is left: new TODOs by path and line, gone issues by number', () => {
    const result = matchTodoIssues(
      [scannedTodo('src/z.ts', 1, 'z'), scannedTodo('src/b.ts', 9, 'b'), scannedTodo('src/b.ts', 2, 'c')],
      [
        markedIssueFor(7, scannedTodo('src/q.ts', 1, 'q')),
        markedIssueFor(4, scannedTodo('src/r.ts', 1, 'r')),
      ],
    );
    expect(summary(result)).toMatchObject({
      newTodos: ['src/b.ts:2', 'src/b.ts:9', 'src/z.ts:1'],
      gone: [4, 7],
    });
  });
});
