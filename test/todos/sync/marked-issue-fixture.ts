import type { ScannedTodo } from '../../../src/core/model/todo.js';
import type { MarkedIssue } from '../../../src/core/todos/sync/marked-issue.js';
import { renderIssueMarker } from '../../../src/core/todos/sync/render-issue-marker.js';
import { renderTodoTitle } from '../../../src/core/todos/sync/render-todo-title.js';
import { todoMarker } from '../../../src/core/todos/sync/todo-marker.js';
import type { TodoIssue } from '../../../src/core/todos/sync/todo-issue.js';

/** The issue gonogo would have opened for `todo` as number `number`, with fields overridden. */
export function issueFor(
  number: number,
  todo: ScannedTodo,
  fields: Partial<TodoIssue> = {},
  closedByGonogo = false,
): TodoIssue {
  const marker = renderIssueMarker(todoMarker(todo, closedByGonogo));
  return {
    number,
    state: 'open',
    stateReason: null,
    title: renderTodoTitle(todo),
    body: `${marker}\nbody`,
    labels: ['todo'],
    assignees: [],
    htmlUrl: `https://github.com/octo/shop/issues/${number}`,
    ...fields,
  };
}

/** The same, with its marker parsed, for `matchTodoIssues`. */
export function markedIssueFor(
  number: number,
  todo: ScannedTodo,
  fields: Partial<TodoIssue> = {},
): MarkedIssue {
  return {
    issue: issueFor(number, todo, fields),
    marker: todoMarker(todo),
  };
}
