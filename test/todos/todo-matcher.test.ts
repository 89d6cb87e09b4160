import { describe, expect, it } from 'vitest';
import { DEFAULT_TODO_OPTIONS } from '../../src/core/todos/todo-options.js';
import { todoMatcher } from '../../src/core/todos/todo-matcher.js';
import { parseTodoMetadata } from '../../src/core/todos/parse-todo-metadata.js';
import { todoFingerprint } from '../../src/core/todos/todo-fingerprint.js';

const match = todoMatcher(DEFAULT_TODO_OPTIONS);

describe('todoMatcher', () => {
  it.each([
    [' TODO: handle retries', 'TODO', ': handle retries'],
    ['TODO handle retries', 'TODO', ' handle retries'],
    [' * FIXME(@alice): x', 'FIXME', '(@alice): x'],
    ['- XXX later', 'XXX', ' later'],
    [' retries. TODO: backoff', 'TODO', ': backoff'],
    ['@TODO write docs', 'TODO', ' write docs'],
    ['BUG: off by one', 'BUG', ': off by one'],
    ['TODO : gérer les erreurs', 'TODO', ' : gérer les erreurs'],
  ])('%j is a TODO start', (line, keyword, rest) => {
    expect(match(line)).toEqual({ keyword, rest });
  });

  it.each([
    'Todo list of the week',
    'todos los elementos',
    'este método devuelve',
    'see the TODO list in the wiki',
    'TODOS: plural is another word',
    'MY_TODO: part of an identifier',
    'BUGS and more',
    'FIXMEs',
    'debug the XXXL size',
    '`TODO(@alice)` → `alice`, else `null`',
    'TODO/FIXME comments',
    'What counts as a TODO: the rules',
    'Bring an issue up to date with its TODO (edited, moved)',
    'see TODO.md',
  ])('%j is prose', (line) => {
    expect(match(line)).toBeNull();
  });

  it('matches any case when asked, reporting the keyword as configured', () => {
    const loose = todoMatcher({ keywords: ['TODO'], caseSensitive: false });
    expect(loose('todo: lower')).toEqual({ keyword: 'TODO', rest: ': lower' });
    expect(loose('este método: x')).toBeNull();
  });

  it('takes custom keywords, longest first', () => {
    const custom = todoMatcher({ keywords: ['NOTE', 'NOTE-TO-SELF'], caseSensitive: true });
    expect(custom('NOTE-TO-SELF: x')).toEqual({ keyword: 'NOTE-TO-SELF', rest: ': x' });
  });
});

describe('parseTodoMetadata', () => {
  it('reads an assignee, a priority, labels and an issue reference', () => {
    expect(parseTodoMetadata('@alice, p1, perf')).toEqual({
      assignee: 'alice',
      labels: ['perf'],
      issue: null,
      priority: 'P1',
    });
    expect(parseTodoMetadata('#123')).toMatchObject({ issue: '#123' });
    expect(parseTodoMetadata('GH-9 tech-debt')).toMatchObject({ issue: '#9', labels: ['tech-debt'] });
    expect(parseTodoMetadata('https://github.com/o/r/issues/77')).toMatchObject({ issue: '#77' });
  });

  it('keeps the first assignee and drops what is no label', () => {
    expect(parseTodoMetadata('@a @b <script> ""')).toEqual({
      assignee: 'a',
      labels: [],
      issue: null,
      priority: null,
    });
  });
});

describe('todoFingerprint', () => {
  it('ignores whitespace and trailing punctuation, not case, keyword or occurrence', () => {
    const base = todoFingerprint('TODO', 'handle retries', 0);
    expect(todoFingerprint('TODO', '  handle   retries. ', 0)).toBe(base);
    expect(todoFingerprint('TODO', 'Handle retries', 0)).not.toBe(base);
    expect(todoFingerprint('FIXME', 'handle retries', 0)).not.toBe(base);
    expect(todoFingerprint('TODO', 'handle retries', 1)).not.toBe(base);
  });
});
