import type { Rules } from '../rules/rules.js';
import type { TodoOptions } from './todo-options.js';

/** What a TODO scan takes from the rules' `todos:` section: the keywords, their case, the globs left out. */
export function todoScanOptions(rules: Rules): TodoOptions & { exclude: readonly string[] } {
  return {
    keywords: rules.todos.keywords,
    caseSensitive: rules.todos.caseSensitive,
    exclude: rules.todos.exclude,
  };
}
