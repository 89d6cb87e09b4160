import { createHash } from 'node:crypto';
import type { ScannedTodo } from '../../model/todo.js';
import { todoAssignee } from './todo-assignee.js';

/**
 * What the title and body are rendered from, as 16 hex digits: keyword, text, body lines, the TODO's own
 * labels, priority and assignee. Not the line, the path (kept in the marker beside it), the code around, or the
 * commit: a TODO that only shifted, or a new push, must not rewrite the issue.
 */
export function todoContentHash(todo: ScannedTodo): string {
  const basis = JSON.stringify([
    todo.keyword,
    todo.text,
    todo.body,
    [...todo.labels].sort(),
    todo.priority,
    todoAssignee(todo),
  ]);
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}
