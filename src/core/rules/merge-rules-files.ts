import type { GateFile, RulesFile } from './rules-schema.js';

const CHECK_KEYS = ['coverage', 'sast', 'issues', 'checklist', 'todos'] as const;

/** Whether a gate entry carries a check, or only overrides an inherited gate's level or description. */
export function hasCheck(gate: GateFile): boolean {
  return CHECK_KEYS.some((key) => gate[key] !== undefined);
}

function mergeGates(base: readonly GateFile[], over: readonly GateFile[]): GateFile[] {
  const merged = [...base];
  for (const gate of over) {
    const index = merged.findIndex((existing) => existing.id === gate.id);
    if (index === -1) {
      merged.push(gate);
      continue;
    }
    const inherited = merged[index] as GateFile;
    // A gate with a check replaces the inherited one; without a check it only overrides level, description, if-missing.
    merged[index] = hasCheck(gate) ? gate : { ...inherited, ...gate };
  }
  return merged;
}

/**
 * Lays `over` on top of `base`:
 * - `inputs`, `readiness`, `risk.sla-days`: key by key, the later file wins; a list (such as `inputs.coverage`) is replaced, not
 *   concatenated;
 * - `modules`: by name, a later definition replaces the earlier one;
 * - `gates`: by id, in place; a new id is appended; an entry with only `level`/`description` overrides those;
 * - `waivers`: concatenated, earlier files first.
 */
export function mergeRulesFiles(base: RulesFile, over: RulesFile): RulesFile {
  return {
    inputs: { ...base.inputs, ...over.inputs },
    risk: { 'sla-days': { ...base.risk?.['sla-days'], ...over.risk?.['sla-days'] } },
    modules: { ...base.modules, ...over.modules },
    gates: mergeGates(base.gates ?? [], over.gates ?? []),
    readiness: {
      go: { ...base.readiness?.go, ...over.readiness?.go },
      weights: { ...base.readiness?.weights, ...over.readiness?.weights },
    },
    waivers: [...(base.waivers ?? []), ...(over.waivers ?? [])],
    app: { ...base.app, ...over.app },
    todos: { ...base.todos, ...over.todos },
  };
}
