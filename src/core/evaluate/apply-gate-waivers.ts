import type { GateResult } from '../model/gate-result.js';
import type { GateWaiver } from '../model/gate-waiver.js';

/** `alice until 2026-12-31` — who, and until when. */
const grantedBy = (waiver: GateWaiver) =>
  `${waiver.owner}${waiver.expires ? ` until ${waiver.expires}` : ''}`;

/**
 * Gate results with whole-gate waivers applied: a failed gate with a live waiver (no expiry, or expiring today or
 * later; the latest granted wins) becomes `waived`, keeping what it measured and its evidence, with who accepted it,
 * until when and why. An expired waiver leaves the gate failed with a note; a waiver for a gate that did not fail
 * only adds a note. Waivers for gates the rules do not define change nothing.
 */
export function applyGateWaivers(
  gates: readonly GateResult[],
  waivers: readonly GateWaiver[],
  today: string,
): GateResult[] {
  return gates.map((gate) => {
    const mine = waivers
      .filter((waiver) => waiver.gate === gate.id)
      .sort((a, b) => b.grantedAt.localeCompare(a.grantedAt));
    if (mine.length === 0) return gate;
    const live = mine.find((waiver) => waiver.expires === null || waiver.expires >= today);
    if (gate.status !== 'fail') {
      return {
        ...gate,
        notes: [
          ...gate.notes,
          `waiver by ${grantedBy(mine[0] as GateWaiver)} not needed: the gate did not fail`,
        ],
      };
    }
    if (!live) {
      const lapsed = mine[0] as GateWaiver;
      return {
        ...gate,
        notes: [
          ...gate.notes,
          `waiver by ${lapsed.owner} expired on ${lapsed.expires ?? '?'}: the gate counts again`,
        ],
      };
    }
    return {
      ...gate,
      status: 'waived',
      summary: `waived by ${grantedBy(live)} — ${gate.summary}`,
      notes: [...gate.notes, `waived by ${grantedBy(live)} (${live.source}): ${live.reason}`],
      action: null,
      waiver: live,
    };
  });
}
