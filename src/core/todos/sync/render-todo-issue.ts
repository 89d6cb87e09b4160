import type { ScannedTodo } from '../../model/todo.js';
import type { IssueMarker } from './issue-marker.js';
import { renderIssueMarker } from './render-issue-marker.js';
import type { TodoSite } from './render-todo-body.js';
import { renderTodoBody } from './render-todo-body.js';
import { renderTodoTitle } from './render-todo-title.js';
import { todoAssignee } from './todo-assignee.js';
import { todoLabels } from './todo-labels.js';
import { todoMarker } from './todo-marker.js';

/** The issue a TODO should have, as gonogo would open it. */
export interface RenderedTodoIssue {
  title: string;
  /** The marker line, then the rendered body. */
  body: string;
  labels: string[];
  /** The TODO's assignee, if it names a possible login. */
  assignees: string[];
  /** What the body's first line says. */
  marker: IssueMarker;
}

/**
 * Renders the issue of a TODO: title, body under its marker (fingerprint, path, line, keyword, content hash, not
 * closed), labels (tracking label, configured ones, the TODO's own and its priority) and assignee.
 */
export function renderTodoIssue(
  todo: ScannedTodo,
  settings: TodoSite & { trackingLabel: string; labels: readonly string[] },
): RenderedTodoIssue {
  const marker = todoMarker(todo);
  const assignee = todoAssignee(todo);
  return {
    title: renderTodoTitle(todo),
    body: `${renderIssueMarker(marker)}\n${renderTodoBody(todo, settings)}`,
    labels: todoLabels(todo, settings.trackingLabel, settings.labels),
    assignees: assignee ? [assignee] : [],
    marker,
  };
}
