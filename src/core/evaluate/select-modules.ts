import type { ModuleSelector, Rules } from '../rules/rules.js';

/** The module names a gate's selector designates: its list, or every module marked critical. */
export function selectModules(selector: ModuleSelector, rules: Rules): string[] {
  if (selector === null) return [];
  if (selector === 'critical') {
    return Object.entries(rules.modules)
      .filter(([, module]) => module.critical)
      .map(([name]) => name);
  }
  return [...selector];
}
