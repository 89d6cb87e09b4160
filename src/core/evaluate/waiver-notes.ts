import type { WaiverRule } from '../rules/rules.js';
import { plural } from '../text/plural.js';

/** `js/sql-injection:src/db.ts` (owner alice, until 2026-12-31): the waiver as the report names it. */
function describeWaiver(waiver: WaiverRule, withExpiry = true): string {
  const details = [waiver.owner ? `owner ${waiver.owner}` : 'no owner'];
  if (withExpiry) details.push(waiver.expires ? `until ${waiver.expires}` : 'no expiry');
  return `"${waiver.match}" (${details.join(', ')})`;
}

/**
 * Report lines for the waivers a gate used, one per waiver: who accepted what, until when and why; and for each
 * expired waiver, that it stopped applying and how many findings count again.
 */
export function waiverNotes(
  waived: readonly { waiver: WaiverRule }[],
  expired: readonly { waiver: WaiverRule }[],
  what: string,
): string[] {
  const count = (entries: readonly { waiver: WaiverRule }[]) => {
    const counts = new Map<WaiverRule, number>();
    for (const { waiver } of entries) counts.set(waiver, (counts.get(waiver) ?? 0) + 1);
    return [...counts];
  };
  return [
    ...count(waived).map(
      ([waiver, n]) => `waived by ${describeWaiver(waiver)}: ${plural(n, what)} — ${waiver.reason}`,
    ),
    ...count(expired).map(
      ([waiver, n]) =>
        `waiver ${describeWaiver(waiver, false)} expired on ${waiver.expires}: ${plural(n, what)} ${n === 1 ? 'counts' : 'count'} again`,
    ),
  ];
}
