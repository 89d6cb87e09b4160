import type { GateResult } from '../../model/gate-result.js';
import type { GateRule, TodosCheck } from '../../rules/rules.js';
import { notApplicable } from '../gate-outcome.js';

/** TODO gate. The comment scanner is not part of this release yet, so the gate says so instead of passing. */
export function todosGate(gate: GateRule, check: TodosCheck): GateResult {
  return notApplicable(
    gate,
    `≤ ${check.max}`,
    'TODO/FIXME scanning is not available in this version of gonogo',
  );
}
