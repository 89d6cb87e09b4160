// Month names by the prefixes that identify them in English, French, Portuguese, Spanish and German: Jira writes
// its dates in the exporting user's language (`22/Oct/21`, `22/out/21`, `22/déc./21`). `juin` and `juil` need
// four letters to tell June from July.
const MONTH_PREFIXES: readonly (readonly string[])[] = [
  ['jan', 'ene'],
  ['feb', 'fev'],
  ['mar', 'mrz'],
  ['apr', 'avr', 'abr'],
  ['may', 'mai'],
  ['jun', 'juin'],
  ['jul', 'juil'],
  ['aug', 'aou', 'ago'],
  ['sep', 'set'],
  ['oct', 'okt', 'out'],
  ['nov'],
  ['dec', 'dez', 'dic'],
];

/** 1–12 for a month name or abbreviation (`Oct`, `October`, `déc.`, `März`), `null` otherwise. */
function monthOf(name: string): number | null {
  const word = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f.]/g, '')
    .toLowerCase();
  if (word.length < 3) return null;
  const index = MONTH_PREFIXES.findIndex((prefixes) => prefixes.some((prefix) => word.startsWith(prefix)));
  return index < 0 ? null : index + 1;
}

/** `YYYY-MM-DD` when year, month and day make a real calendar date (no 30 February), else `null`. */
function isoDate(year: number, month: number | null, day: number): string | null {
  if (month === null || year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Two-digit years are this century's: trackers did not exist in 1921.
const fullYear = (year: string): number => (year.length === 2 ? 2000 + Number(year) : Number(year));

// What may follow the date part: nothing, a time, a zone, a comma.
const END = String.raw`(?=$|[\sT,])`;
/** An optional weekday in front (`Mon `, `Tue, `). */
const WEEKDAY = String.raw`(?:\p{L}+\.?,?\s+)?`;
/** `2021-10-22`, `2021-10-22T16:55:00.000+0200`, `2021-10-22 16:55`, `2021/10/22`. */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${END}`);
/** `22/Oct/21 4:55 PM`, `22/Oct/2021`, `22-Oct-2021`, `22 Oct 2021`, `Tue, 22 Apr 2025 01:02:18 +0000`. */
const DAY_MONTH_NAME = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})[\s/.-]+(\p{L}+)\.?[\s/.-]+(\d{4}|\d{2})${END}`,
  'u',
);
/** `Mon Apr 21 2025 10:17:06 GMT+0000 (GMT)` (JavaScript `Date.toString()`), `Apr 21, 2025`. */
const MONTH_NAME_DAY = new RegExp(String.raw`^${WEEKDAY}(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})${END}`, 'u');
/** `22.10.2021` (day first wherever dots are used), `22/10/2021`, `10/22/2021`. */
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${END}`);

/** Day and month of a numeric date, when its order can be told; `10/03/2025` cannot and gives `null`. */
function numericDate(first: number, separator: string, second: number, year: number): string | null {
  if (separator === '.' || first > 12 || first === second) return isoDate(year, second, first);
  if (second > 12) return isoDate(year, first, second);
  return null;
}

/**
 * The calendar date of a tracker's date or timestamp, as `YYYY-MM-DD`; `null` for an empty value and for one it
 * cannot read (the caller warns, naming the value).
 *
 * Reads ISO dates and datetimes, Jira's `22/Oct/21 4:55 PM` and `22/Oct/21` (month names in English, French,
 * Portuguese, Spanish or German; two-digit years are 20xx), `2021-10-22 16:55`, JavaScript's
 * `Mon Apr 21 2025 10:17:06 GMT+0000 (GMT)`, RFC 2822 `Tue, 22 Apr 2025 01:02:18 +0000`, and numeric
 * day/month/year dates only when the order is certain: dotted dates are day first (`22.10.2021`); with slashes
 * or dashes one number must be above 12 (`22/10/2021`, `10/22/2021`) or both equal, else `null` — guessing
 * between `03/04` as 3 April and 4 March would move a due date by a month.
 *
 * The date is kept as written, in the timestamp's own offset: `2021-10-22T23:30:00-0700` is the 22nd, never
 * shifted to UTC (the 23rd) or to the machine's zone, so a date reads the same in CI and on the user's screen.
 */
export function parseTrackerDate(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const dayMonth = DAY_MONTH_NAME.exec(value);
  if (dayMonth) {
    return isoDate(fullYear(dayMonth[3] ?? ''), monthOf(dayMonth[2] ?? ''), Number(dayMonth[1]));
  }
  const monthDay = MONTH_NAME_DAY.exec(value);
  if (monthDay) return isoDate(Number(monthDay[3]), monthOf(monthDay[1] ?? ''), Number(monthDay[2]));
  const numeric = NUMERIC.exec(value);
  if (numeric) {
    return numericDate(Number(numeric[1]), numeric[2] ?? '', Number(numeric[3]), Number(numeric[4]));
  }
  return null;
}
