import { matchable } from './matchable.js';

/** A due date as a plan writes it. */
export interface PlanDate {
  /** ISO `YYYY-MM-DD`, or `null`. */
  date: string | null;
  /** False when the text is neither a date gonogo reads nor a way of saying "none". */
  understood: boolean;
}

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['january', 'janvier', 'jan', 'janv'],
    ['february', 'fevrier', 'feb', 'fev', 'fevr'],
    ['march', 'mars', 'mar'],
    ['april', 'avril', 'apr', 'avr'],
    ['may', 'mai'],
    ['june', 'juin', 'jun'],
    ['july', 'juillet', 'jul', 'juil'],
    ['august', 'aout', 'aug'],
    ['september', 'septembre', 'sep', 'sept'],
    ['october', 'octobre', 'oct'],
    ['november', 'novembre', 'nov'],
    ['december', 'decembre', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

/** Ways of writing "no date yet". */
const NONE =
  /^(?:|-|—|–|n\/a|none|aucune?|tbd|tbc|\?|a definir|a determiner|to be defined|not set|non definie?)$/;

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The last day of a month (`month` 1–12). */
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads a due date: ISO dates and datetimes (the date as written, never shifted to another time zone), a month
 * (`Décembre 2025`, `Dec 2025`: its last day, the deadline it states) or a quarter or half (`Q1 2026`, `T1 2026`,
 * `H2 2026`, `S2 2026`: its last day). "None" words (`—`, `TBD`, `À définir`) are understood as no date.
 */
export function planDate(text: string): PlanDate {
  const value = matchable(text).replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  if (NONE.test(value)) return { date: null, understood: true };
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:$|[t ]\d)/.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const valid = month >= 1 && month <= 12 && date >= 1 && date <= lastDay(year, month);
    return valid ? { date: iso(year, month, date), understood: true } : { date: null, understood: false };
  }
  const month = /^([a-z]+)\.? (\d{4})$/.exec(value);
  const monthNumber = month ? MONTHS[month[1] ?? ''] : undefined;
  if (month && monthNumber) {
    const year = Number(month[2]);
    return { date: iso(year, monthNumber, lastDay(year, monthNumber)), understood: true };
  }
  const part = /^([qths])([1-4]) (\d{4})$/.exec(value);
  if (part) {
    const size = part[1] === 'h' || part[1] === 's' ? 6 : 3;
    const index = Number(part[2]);
    if (index * size <= 12) {
      const year = Number(part[3]);
      return { date: iso(year, index * size, lastDay(year, index * size)), understood: true };
    }
  }
  return { date: null, understood: false };
}
