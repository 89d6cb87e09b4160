import type { Todo } from '../model/todo.js';

/** A TODO as `gonogo todos --format json` prints it: the contract's fields, in the contract's order. */
export function todoJson(todo: Todo): Todo {
  return {
    path: todo.path,
    line: todo.line,
    keyword: todo.keyword,
    text: todo.text,
    assignee: todo.assignee,
    labels: [...todo.labels],
    issue: todo.issue,
    fingerprint: todo.fingerprint,
  };
}
