/** The day one year after `day` (`YYYY-MM-DD`); 29 February rolls to 1 March. */
function oneYearAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + 1, month - 1, date)).toISOString().slice(0, 10);
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (no 2026-02-30). */
function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * Why `until` cannot end a waiver granted on `today`, or `null` when it can: it must be a calendar day, not in the
 * past (today itself is fine: the waiver's last day), and at most one year ahead. A comment waiver is a short
 * exception for one pull request; an exception meant to last longer belongs in the reviewed rules file.
 */
export function untilProblem(until: string, today: string): string | null {
  if (!isCalendarDay(until)) return 'expected a date `YYYY-MM-DD` after `until`';
  if (until < today) return `\`until ${until}\` is in the past (today is ${today})`;
  const latest = oneYearAfter(today);
  if (until > latest) {
    return `\`until ${until}\` is more than a year ahead (at most ${latest}); longer waivers belong in \`.github/gonogo.yml\``;
  }
  return null;
}
