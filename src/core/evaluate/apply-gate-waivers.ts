import type { GateResult } from '../model/gate-result.js';
import type { GateWaiver } from '../model/gate-waiver.js';
import { waivedBy } from '../model/gate-waiver.js';

/** Latest granted first; timestamps compared as instants, so `+02:00` and `Z` order right. */
const latestFirst = (a: GateWaiver, b: GateWaiver) =>
  (Date.parse(b.grantedAt) || 0) - (Date.parse(a.grantedAt) || 0) || b.grantedAt.localeCompare(a.grantedAt);
const isLive = (waiver: GateWaiver, today: string) => waiver.expires === null || waiver.expires >= today;

/**
 * Gate results with whole-gate waivers applied (`today` is `YYYY-MM-DD`; a waiver applies through its `expires`
 * day):
 * - a failed gate with a live waiver becomes `waived`: what it measured, its summary and evidence stay (the report
 *   still shows what failed), plus `waiver` and a note saying who accepted it, until when and why. Of several live
 *   waivers, the latest granted wins;
 * - a failed gate whose waivers all expired stays failed, with a note naming the latest one and when it expired;
 * - a gate that passed or does not apply is unchanged but for a note that the waiver was not needed.
 * Waivers for ids the rules do not define are ignored: the shell validates gate ids when it grants them.
 */
export function applyGateWaivers(
  gates: readonly GateResult[],
  waivers: readonly GateWaiver[],
  today: string,
): GateResult[] {
  return gates.map((gate) => {
    const mine = waivers.filter((waiver) => waiver.gate === gate.id).sort(latestFirst);
    const latest = mine[0];
    if (!latest) return gate;
    const live = mine.find((waiver) => isLive(waiver, today));
    const note = (text: string): GateResult => ({ ...gate, notes: [...gate.notes, text] });

    if (gate.status !== 'fail') {
      const outcome = gate.status === 'pass' ? 'the gate passed' : 'the gate does not apply';
      return note(`waiver by ${waivedBy(live ?? latest, false)} not needed: ${outcome}`);
    }
    if (!live) {
      return note(
        `waiver by ${waivedBy(latest, false)} expired on ${latest.expires ?? '?'}: the gate fails again`,
      );
    }
    const { owner, reason, expires, grantedAt, source } = live;
    return {
      ...note(`waived by ${waivedBy(live)}: ${reason}`),
      status: 'waived',
      waiver: { owner, reason, expires, grantedAt, source },
    };
  });
}
