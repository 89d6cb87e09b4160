import type { GateResult } from '../model/gate-result.js';
import { priorityRank } from '../model/priority.js';
import { severityRank } from '../model/severity.js';
import type { Risk } from '../model/verdict.js';

const LEVEL_RANK = { block: 0, warn: 1, info: 2 } as const;

/** Rank of an evidence item: its severity, else its priority, else last. */
function rankOf(risk: Risk): number {
  if (risk.severity) return severityRank(risk.severity);
  if (risk.priority) return priorityRank(risk.priority);
  return 5;
}

/**
 * The most important evidence of failed gates: blocking gates first, then by severity or priority. Waived gates are
 * left out: a maintainer accepted their failure, and the report lists them with the waiver instead.
 */
export function topRisks(gates: readonly GateResult[], limit = 10): Risk[] {
  return gates
    .filter((gate) => gate.status === 'fail' && gate.level !== 'info')
    .flatMap((gate) => gate.evidence.map((item): Risk => ({ ...item, gate: gate.id, level: gate.level })))
    .map((risk, order) => ({ risk, order }))
    .sort(
      (a, b) =>
        LEVEL_RANK[a.risk.level] - LEVEL_RANK[b.risk.level] ||
        rankOf(a.risk) - rankOf(b.risk) ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ risk }) => risk);
}
