import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { istanbulSummaryParser } from '../../src/core/coverage/parsers/istanbul-summary-parser.js';
import { InputError } from '../../src/core/errors/input-error.js';
import type { CoverageReport } from '../../src/core/model/coverage.js';

const fixtures = new URL('../fixtures/coverage/', import.meta.url);

const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const parseFixture = (name: string): CoverageReport => istanbulSummaryParser.parse(readFixture(name), name);

/** The error `istanbulSummaryParser.parse` throws for a text, asserted to be an `InputError`. */
function errorOf(text: string, source = 'coverage-summary.json'): InputError {
  try {
    istanbulSummaryParser.parse(text, source);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`${source} parsed without error`);
}

const metric = (total: unknown, covered: unknown, pct: unknown = 100) => ({
  total,
  covered,
  skipped: 0,
  pct,
});

/** A coverage-summary.json with one file `src/a.ts` whose metrics are overridden by `fields`. */
function withFile(fields: Record<string, unknown>): string {
  const file = {
    lines: metric(4, 3, 75),
    functions: metric(1, 1),
    statements: metric(4, 3, 75),
    branches: metric(2, 1, 50),
    ...fields,
  };
  return JSON.stringify({ total: file, 'src/a.ts': file });
}

describe('istanbulSummaryParser.detect', () => {
  it('recognizes lines with a pct under "total" or the first entry, whole or cut off by the head', () => {
    const text = readFixture('istanbul-summary-basic.json');
    expect(istanbulSummaryParser.detect(text)).toBe(true);
    expect(istanbulSummaryParser.detect(text.slice(0, 120))).toBe(true);
    expect(
      istanbulSummaryParser.detect('\uFEFF{"src/a.ts": {"lines": {"total": 1, "covered": 1, "pct": 100'),
    ).toBe(true);
    expect(istanbulSummaryParser.detect('{"total":{"lines":{"total":0,"covered":0,"pct":"Unknown"}}}')).toBe(
      true,
    );
  });

  it('does not take a coverage-final.json, an empty object or other reports', () => {
    expect(istanbulSummaryParser.detect(readFixture('istanbul-basic.json'))).toBe(false);
    expect(istanbulSummaryParser.detect('{}')).toBe(false);
    expect(istanbulSummaryParser.detect('{"total":{"lines":3}}')).toBe(false);
    expect(istanbulSummaryParser.detect('{"total":{"lines":{"total":3,"covered":1}}}')).toBe(false);
    expect(istanbulSummaryParser.detect('[{"lines":{"pct":1}}]')).toBe(false);
    expect(istanbulSummaryParser.detect('<coverage line-rate="1">')).toBe(false);
    expect(istanbulSummaryParser.detect('SF:a.js\nDA:1,1\n')).toBe(false);
  });
});

describe('istanbulSummaryParser.parse', () => {
  it('gives every file its stated line and branch counts and no line records, and marks the report totals-only', () => {
    const report = parseFixture('istanbul-summary-basic.json');
    expect(report).toMatchObject({
      source: 'istanbul-summary-basic.json',
      format: 'istanbul-summary',
      sourceRoots: [],
      totalsOnly: true,
    });
    expect(report.files.map((file) => ({ ...file, lines: new Map(file.lines) }))).toEqual([
      {
        path: '/home/runner/work/app/app/src/calc.ts',
        lines: new Map(),
        branches: null,
        statedTotals: { lines: { covered: 8, total: 10 }, branches: { covered: 3, total: 4 } },
      },
      {
        path: 'C:/agent/_work/1/s/src/win.ts',
        lines: new Map(),
        branches: null,
        statedTotals: { lines: { covered: 0, total: 5 }, branches: { covered: 0, total: 2 } },
      },
      {
        path: '/home/runner/work/app/app/src/types.ts',
        lines: new Map(),
        branches: null,
        statedTotals: { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } },
      },
    ]);
  });

  it('sums the files, never reading the "total" entry or any pct', () => {
    expect(coverageTotals(parseFixture('istanbul-summary-basic.json').files)).toEqual({
      lines: { covered: 8, total: 15 },
      branches: { covered: 3, total: 6 },
    });
    const text = withFile({ lines: metric(4, 3, 'Unknown'), branches: metric(2, 1, null) });
    expect(istanbulSummaryParser.parse(text, 'x.json').files[0]?.statedTotals).toEqual({
      lines: { covered: 3, total: 4 },
      branches: { covered: 1, total: 2 },
    });
  });

  it('gives a file without branch counts no branch totals', () => {
    const report = istanbulSummaryParser.parse(withFile({ branches: undefined }), 'x.json');
    expect(report.files[0]?.statedTotals).toEqual({ lines: { covered: 3, total: 4 }, branches: null });
  });

  it('keeps an empty object, or one with only "total", valid as a report with zero files', () => {
    expect(istanbulSummaryParser.parse('{}', 'empty.json')).toEqual({
      source: 'empty.json',
      format: 'istanbul-summary',
      sourceRoots: [],
      files: [],
      totalsOnly: true,
    });
    expect(istanbulSummaryParser.parse(JSON.stringify({ total: {} }), 'total.json').files).toEqual([]);
  });
});

describe('istanbulSummaryParser.parse refuses bad input with a one-line message', () => {
  it('refuses more covered lines than there are', () => {
    expect(errorOf(readFixture('istanbul-summary-covered-over-total.json'), 'over.json').message).toBe(
      'over.json: file "src/a.ts": "lines": covered 4 is more than total 3',
    );
  });

  it('refuses counts that are missing, negative or not whole numbers', () => {
    expect(errorOf(withFile({ lines: metric(-1, 0) })).message).toBe(
      'coverage-summary.json: file "src/a.ts": "lines": total -1 is negative',
    );
    expect(errorOf(withFile({ lines: metric(4, 2.5) })).message).toMatch(
      /"lines": covered 2\.5 is not a whole number$/,
    );
    expect(errorOf(withFile({ branches: metric('2', 1) })).message).toMatch(
      /"branches": total "2" is not a number$/,
    );
    expect(errorOf(withFile({ lines: { pct: 100 } })).message).toMatch(/"lines": total is missing$/);
    expect(errorOf(withFile({ lines: undefined })).message).toMatch(/file "src\/a\.ts": "lines" is missing$/);
    expect(errorOf(withFile({ lines: 80 })).message).toMatch(/"lines" is not an object \(found 80\)$/);
  });

  it('refuses entries that are not objects, and reports that are not an object of files', () => {
    expect(errorOf('{"src/a.ts": [1]}').message).toBe(
      'coverage-summary.json: file "src/a.ts": expected per-file totals, found an array',
    );
    expect(errorOf('"summary"').message).toBe(
      'coverage-summary.json: expected an Istanbul coverage-summary.json: a JSON object keyed by file path, found "summary"',
    );
    expect(errorOf('{"total": {\n  "lines": 3\n  "branches": 1}}', 'comma.json').message).toMatch(
      /^comma\.json:3:3: malformed JSON: /,
    );
  });

  it('refuses one file listed under two keys, which cannot be merged without line records', () => {
    const file = { lines: metric(1, 1), branches: metric(0, 0) };
    expect(errorOf(JSON.stringify({ 'src\\a.ts': file, 'src/a.ts': file })).message).toBe(
      'coverage-summary.json: file "src/a.ts": names the same file as an earlier key, once "\\" is read as "/"',
    );
  });
});
