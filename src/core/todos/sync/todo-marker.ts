import type { ScannedTodo } from '../../model/todo.js';
import type { IssueMarker } from './issue-marker.js';
import { todoContentHash } from './todo-content-hash.js';

/** The marker of the issue gonogo writes for `todo`: what identifies it and the content it was rendered from. */
export function todoMarker(todo: ScannedTodo, closedByGonogo = false): IssueMarker {
  return {
    fingerprint: todo.fingerprint,
    path: todo.path,
    line: todo.line,
    keyword: todo.keyword,
    content: todoContentHash(todo),
    closedByGonogo,
  };
}
