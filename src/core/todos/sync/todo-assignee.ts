import type { ScannedTodo } from '../../model/todo.js';

/** A GitHub login: alphanumerics and single hyphens, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** The login a TODO is assigned to (`TODO(@alice)`), or `null` when it has none or it cannot be a login. */
export function todoAssignee(todo: ScannedTodo): string | null {
  const login = todo.assignee?.trim().replace(/^@/, '') ?? '';
  return LOGIN.test(login) ? login : null;
}
