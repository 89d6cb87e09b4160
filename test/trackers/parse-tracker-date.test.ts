import { describe, expect, it } from 'vitest';
import { parseTrackerDate } from '../../src/core/trackers/dates/parse-tracker-date.js';

describe('parseTrackerDate', () => {
  it.each([
    ['2021-10-22', '2021-10-22'],
    ['2021-10-22T16:55:00.000Z', '2021-10-22'],
    ['2021-10-22 16:55', '2021-10-22'],
    ['2021/10/22', '2021-10-22'],
    ['  2021-10-22  ', '2021-10-22'],
  ])('ISO and year-first: %s → %s', (text, iso) => {
    expect(parseTrackerDate(text)).toBe(iso);
  });

  it('keeps the date as written in its own offset, never shifted to UTC', () => {
    expect(parseTrackerDate('2021-10-22T23:30:00.000-0700')).toBe('2021-10-22');
    expect(parseTrackerDate('2021-10-23T00:30:00+02:00')).toBe('2021-10-23');
    expect(parseTrackerDate('Sun Apr 20 2025 23:17:06 GMT-0700 (PDT)')).toBe('2025-04-20');
  });

  it.each([
    ['22/Oct/21 4:55 PM', '2021-10-22'],
    ['22/Oct/21', '2021-10-22'],
    ['06/Jul/26 6:38 PM', '2026-07-06'],
    ['1/Feb/24 10:00 AM', '2024-02-01'],
    ['22/Oct/2021', '2021-10-22'],
    ['22-Oct-2021', '2021-10-22'],
    ['22 October 2021', '2021-10-22'],
    ['22/out/21 4:55 PM', '2021-10-22'],
    ['22/déc./21', '2021-12-22'],
    ['05/fev/24', '2024-02-05'],
    ['3. März 2024', '2024-03-03'],
    ['10/juin/24', '2024-06-10'],
    ['10/juil./24', '2024-07-10'],
  ])('Jira day/month-name/year: %s → %s', (text, iso) => {
    expect(parseTrackerDate(text)).toBe(iso);
  });

  it.each([
    ['Mon Apr 21 2025 10:17:06 GMT+0000 (GMT)', '2025-04-21'],
    ['Apr 21, 2025', '2025-04-21'],
    ['Tue, 22 Apr 2025 01:02:18 +0000', '2025-04-22'],
  ])('JavaScript and RFC 2822 dates: %s → %s', (text, iso) => {
    expect(parseTrackerDate(text)).toBe(iso);
  });

  it('reads numeric day/month dates only when the order is certain', () => {
    expect(parseTrackerDate('22.10.2021')).toBe('2021-10-22');
    expect(parseTrackerDate('03.04.2025')).toBe('2025-04-03');
    expect(parseTrackerDate('22/10/2021')).toBe('2021-10-22');
    expect(parseTrackerDate('10/22/2021 4:55 PM')).toBe('2021-10-22');
    expect(parseTrackerDate('05/05/2025')).toBe('2025-05-05');
    expect(parseTrackerDate('03/04/2025')).toBeNull();
    expect(parseTrackerDate('03-04-2025')).toBeNull();
  });

  it.each([
    '',
    '   ',
    'soon',
    'yesterday',
    '2023-02-30',
    '2023-13-01',
    '31/Feb/24',
    '22/Foo/21',
    '32/10/2021',
    '1709251200',
    'Q3 2024',
  ])('gives null for %j', (text) => {
    expect(parseTrackerDate(text)).toBeNull();
  });
});
