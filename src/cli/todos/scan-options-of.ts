import type { Rules } from '../../core/rules/rules.js';

/** What `scanDirectory` takes from the rules' `todos:` section. */
export function scanOptionsOf(rules: Rules) {
  return {
    keywords: rules.todos.keywords,
    caseSensitive: rules.todos.caseSensitive,
    exclude: rules.todos.exclude,
  };
}
