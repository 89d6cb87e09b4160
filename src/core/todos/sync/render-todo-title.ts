import type { ScannedTodo } from '../../model/todo.js';
import { escapeIssueTitle } from './escape-issue-title.js';

/** GitHub refuses an issue title over 256 characters. */
const MAX_TITLE = 256;

/**
 * The issue title of a TODO: keyword and text (`TODO: handle retries`), escaped, cut at 256 characters with `…`
 * (never inside a surrogate pair). A TODO without text is named by its file (`TODO in src/app.ts`).
 */
export function renderTodoTitle(todo: ScannedTodo): string {
  const keyword = escapeIssueTitle(todo.keyword) || 'TODO';
  const text = escapeIssueTitle(todo.text);
  const title = text ? `${keyword}: ${text}` : `${keyword} in ${escapeIssueTitle(todo.path)}`;
  const chars = Array.from(title);
  return chars.length <= MAX_TITLE
    ? title
    : `${chars
        .slice(0, MAX_TITLE - 1)
        .join('')
        .trimEnd()}…`;
}
