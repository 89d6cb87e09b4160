import type { EvidenceItem, GateResult } from '../model/gate-result.js';
import type { FamilyInput } from '../model/evidence-bundle.js';
import type { GateRule } from '../rules/rules.js';

/** Evidence lists are cut here; `evidenceTotal` keeps the full count. */
export const EVIDENCE_LIMIT = 50;

interface Outcome {
  measured: string;
  threshold: string;
  value: number | null;
  summary: string;
  evidence?: EvidenceItem[];
  notes?: string[];
  /** What to do when it fails. */
  action?: string;
}

function result(gate: GateRule, status: GateResult['status'], outcome: Outcome): GateResult {
  const evidence = outcome.evidence ?? [];
  return {
    id: gate.id,
    kind: gate.check.kind,
    level: gate.level,
    status,
    measured: outcome.measured,
    threshold: outcome.threshold,
    value: outcome.value,
    summary: outcome.summary,
    evidence: evidence.slice(0, EVIDENCE_LIMIT),
    evidenceTotal: evidence.length,
    notes: outcome.notes ?? [],
    action: status === 'fail' ? (outcome.action ?? null) : null,
    // Whole-gate waivers are applied after every gate is evaluated (see `applyGateWaivers`).
    waiver: null,
  };
}

/** A measured gate: passes when `passed`. */
export function measuredResult(gate: GateRule, passed: boolean, outcome: Outcome): GateResult {
  return result(gate, passed ? 'pass' : 'fail', passed ? { ...outcome, evidence: [] } : outcome);
}

/** A gate whose input family is not used at all, or whose rules select nothing to judge. */
export function notApplicable(
  gate: GateRule,
  threshold: string,
  summary: string,
  notes: string[] = [],
): GateResult {
  return result(gate, 'not-applicable', { measured: 'n/a', threshold, value: null, summary, notes });
}

/**
 * A gate whose configured input is missing, empty or unusable: fails closed, unless the gate says
 * `if-missing: skip`, and then it is not applicable — in both cases with the reason.
 */
export function missingInput(
  gate: GateRule,
  threshold: string,
  reason: string,
  notes: string[] = [],
): GateResult {
  if (gate.ifMissing === 'skip') return notApplicable(gate, threshold, `skipped: ${reason}`, notes);
  return result(gate, 'fail', {
    measured: 'missing',
    threshold,
    value: null,
    summary: `fails closed: ${reason}`,
    evidence: [{ label: `${gate.check.kind} input`, why: reason }],
    notes,
    action: `Provide what ${gate.id} needs (${reason}), or set "if-missing: skip" on the gate if it does not apply.`,
  });
}

/**
 * Checks that a family has something to evaluate: `null` when it does, else the gate result to return
 * (not applicable when the family was never asked for, failed closed when it was asked for and is missing).
 */
export function requireFamily<T>(
  gate: GateRule,
  threshold: string,
  input: FamilyInput<T>,
  family: string,
): GateResult | null {
  if (!input.configured) return notApplicable(gate, threshold, `no ${family} input was configured or given`);
  if (input.reports.length === 0) {
    const reason = input.problems.length ? input.problems.join('; ') : `no ${family} report was read`;
    return missingInput(gate, threshold, reason);
  }
  return null;
}
