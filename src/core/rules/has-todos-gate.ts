import type { Rules } from './rules.js';

/** Whether any gate reads TODOs: only then is a tree scanned for them. */
export const hasTodosGate = (rules: Rules) => rules.gates.some((gate) => gate.check.kind === 'todos');
