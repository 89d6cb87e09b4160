import type { ChangedLines } from '../model/evidence-bundle.js';
import type { Todo } from '../model/todo.js';

/** The TODOs whose keyword line the change adds or modifies: what a pull request brings. */
export function todosInDiff<T extends Todo>(todos: readonly T[], diff: ChangedLines): T[] {
  return todos.filter((todo) => diff.get(todo.path)?.has(todo.line) === true);
}
