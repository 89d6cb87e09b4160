import type { EvidenceItem, GateResult } from '../../model/gate-result.js';
import type { ScannedTodo } from '../../model/todo.js';
import type { GateRule, TodosCheck } from '../../rules/rules.js';
import { todosInDiff } from '../../todos/todos-in-diff.js';
import { plural } from '../../text/plural.js';
import type { GateContext } from '../gate-context.js';
import { measuredResult, missingInput, requireFamily } from '../gate-outcome.js';

/** A TODO as evidence: `src/a.ts:12 TODO`, why: its text, with the place for an annotation. */
export function todoEvidence(todo: ScannedTodo, scope: TodosCheck['scope']): EvidenceItem {
  return {
    label: `${todo.path}:${todo.line} ${todo.keyword}`,
    why: `${scope === 'new' ? 'new ' : ''}${todo.keyword}${todo.text ? `: ${todo.text}` : ''}`,
    path: todo.path,
    line: todo.line,
  };
}

/**
 * The todos gate: at most `max` TODO/FIXME comments in the tree (`scope: all`) or on the lines the change adds
 * (`scope: new`, which needs the diff: without one it fails closed). A TODO that refers to an issue
 * (`TODO(#123)`) is tracked: it does not count, and a note says how many there are.
 */
export function todosGate(gate: GateRule, check: TodosCheck, context: GateContext): GateResult {
  const threshold = `≤ ${check.max}`;
  const input = context.bundle.todos;
  const missing = requireFamily(gate, threshold, input, 'TODO scan');
  if (missing) return missing;
  const diff = context.bundle.diff;
  if (check.scope === 'new' && diff === null)
    return missingInput(
      gate,
      threshold,
      'scope "new" needs the change’s diff (--diff FILE, or a pull request)',
    );
  const all = input.reports.flatMap((scan) => scan.todos);
  const inScope = check.scope === 'new' && diff ? todosInDiff(all, diff) : all;
  const counted = inScope.filter((todo) => todo.issue === null);
  const tracked = inScope.length - counted.length;
  const what = check.scope === 'new' ? 'new TODO' : 'TODO';
  const measured = plural(counted.length, what);
  const passed = counted.length <= check.max && input.problems.length === 0;
  return measuredResult(gate, passed, {
    measured,
    threshold,
    value: counted.length,
    summary:
      input.problems.length > 0
        ? `fails closed: ${input.problems.join('; ')}`
        : `${measured} ${passed ? 'within' : 'over'} the limit of ${check.max}`,
    evidence: counted.map((todo) => todoEvidence(todo, check.scope)),
    notes: [
      ...(tracked ? [`${plural(tracked, what)} referring to an issue (TODO(#123)) not counted`] : []),
      ...(check.scope === 'new' ? [`${plural(all.length, 'TODO')} in the tree`] : []),
    ],
    action: `Resolve the ${what}s, or turn them into issues and reference them (TODO(#123)) — the limit is ${check.max}.`,
  });
}
