import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { istanbulParser } from '../../src/core/coverage/parsers/istanbul-parser.js';
import { InputError } from '../../src/core/errors/input-error.js';
import type { CoverageReport, FileCoverage } from '../../src/core/model/coverage.js';

const fixtures = new URL('../fixtures/coverage/', import.meta.url);

const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const parseFixture = (name: string): CoverageReport => istanbulParser.parse(readFixture(name), name);

/** The error `istanbulParser.parse` throws for a text, asserted to be an `InputError`. */
function errorOf(text: string, source = 'coverage-final.json'): InputError {
  try {
    istanbulParser.parse(text, source);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`${source} parsed without error`);
}

function fileOf(report: CoverageReport, path: string): FileCoverage {
  const file = report.files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no file ${path} in ${report.files.map((f) => f.path).join(', ')}`);
  return file;
}

const at = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 9 } });

/** A coverage-final.json with one file `src/a.js` whose fields are overridden by `fields`. */
function withFile(fields: Record<string, unknown>): string {
  const file = {
    path: 'src/a.js',
    statementMap: { '0': at(1), '1': at(2) },
    fnMap: {},
    branchMap: { '0': { loc: at(2), type: 'if', locations: [at(2), at(2)], line: 2 } },
    s: { '0': 1, '1': 0 },
    f: {},
    b: { '0': [1, 0] },
    ...fields,
  };
  return JSON.stringify({ 'src/a.js': file });
}

describe('istanbulParser.detect', () => {
  it('recognizes coverage-final.json by the keys of its first file, whole or cut off by the head', () => {
    for (const name of ['istanbul-basic.json', 'istanbul-nyc-data.json', 'istanbul-duplicate-paths.json']) {
      const text = readFixture(name);
      expect(istanbulParser.detect(text)).toBe(true);
      expect(istanbulParser.detect(text.slice(0, 300))).toBe(true);
    }
    expect(istanbulParser.detect('{"a.js":{"path":"a.js","s":{"0":1}')).toBe(true);
    expect(istanbulParser.detect('{"a.js": {"fnMap": {}')).toBe(true);
  });

  it('reads through a UTF-8 BOM and CRLF line ends', () => {
    expect(istanbulParser.detect(readFixture('istanbul-windows-paths.json'))).toBe(true);
  });

  it('takes an empty object, which nyc writes for a process that loaded no instrumented file', () => {
    expect(istanbulParser.detect('{}')).toBe(true);
    expect(istanbulParser.detect(' {\n}\n')).toBe(true);
    // The head ends before anything could be seen: not enough to tell.
    expect(istanbulParser.detect('{')).toBe(false);
  });

  it('does not take a coverage-summary.json, other JSON reports, XML or text formats', () => {
    expect(istanbulParser.detect(readFixture('istanbul-summary-basic.json'))).toBe(false);
    expect(istanbulParser.detect('{"version":"2.1.0","runs":[]}')).toBe(false);
    expect(istanbulParser.detect('{"errors":[],"metrics":{"_totals":{"loc":1}}}')).toBe(false);
    expect(istanbulParser.detect('{"a.js":{"path":"a.js","messages":[]}}')).toBe(false);
    expect(istanbulParser.detect('[{"path":"a.js","statementMap":{}}]')).toBe(false);
    expect(istanbulParser.detect('{"x":{"note":"has \\"statementMap\\" in a string"}}')).toBe(false);
    expect(istanbulParser.detect('<?xml version="1.0"?>\n<coverage line-rate="1">')).toBe(false);
    expect(istanbulParser.detect('TN:\nSF:src/a.js\nDA:1,1\n')).toBe(false);
    expect(istanbulParser.detect('mode: set\na.go:1.1,2.2 1 1\n')).toBe(false);
    expect(istanbulParser.detect('{"a.js" {"statementMap":{}}}')).toBe(false);
    expect(istanbulParser.detect('')).toBe(false);
  });
});

describe('istanbulParser.parse', () => {
  it('counts each line once, with the largest count of the statements starting on it', () => {
    const report = parseFixture('istanbul-basic.json');
    expect(report).toMatchObject({ source: 'istanbul-basic.json', format: 'istanbul', sourceRoots: [] });
    expect(report.totalsOnly).toBeUndefined();
    const calc = fileOf(report, '/home/runner/work/app/app/src/calc.js');
    // Line 2 holds two statements run 3 times each: hits 3, not 6. Line 8: counts 5 and 0 give 5. The statement
    // spanning lines 10 to 12 counts on line 10 only.
    expect([...calc.lines]).toEqual([
      [2, 3],
      [3, 3],
      [4, 2],
      [6, 1],
      [8, 5],
      [9, 0],
      [10, 1],
    ]);
  });

  it('counts branch arms on their line, adding up several branches of one line', () => {
    const calc = fileOf(parseFixture('istanbul-basic.json'), '/home/runner/work/app/app/src/calc.js');
    expect(calc.branches).toEqual(
      new Map([
        [3, { covered: 2, total: 2 }],
        [6, { covered: 1, total: 4 }],
        // The default parameter's branch sits on the function's line, where no statement starts: a branch, but
        // not a coverable line.
        [1, { covered: 1, total: 1 }],
      ]),
    );
    expect(calc.lines.has(1)).toBe(false);
  });

  it('gives the totals istanbul itself reports for the file', () => {
    expect(coverageTotals(parseFixture('istanbul-basic.json').files)).toEqual({
      lines: { covered: 6, total: 7 },
      branches: { covered: 4, total: 7 },
    });
  });

  it('keeps a file without statements as a file with no coverable lines', () => {
    const types = fileOf(parseFixture('istanbul-basic.json'), '/home/runner/work/app/app/src/types.js');
    expect(types.lines.size).toBe(0);
    expect(types.branches).toEqual(new Map());
  });

  it('reads older nyc files wrapped in "data", taking the key when a file has no path', () => {
    const report = parseFixture('istanbul-nyc-data.json');
    expect(report.files.map((file) => file.path)).toEqual(['/repo/lib/a.js', '/repo/lib/b.js']);
    const a = fileOf(report, '/repo/lib/a.js');
    expect([...a.lines]).toEqual([
      [1, 4],
      [2, 0],
    ]);
    // No `loc` and no `line`: the branch counts on its first location's line.
    expect(a.branches).toEqual(new Map([[2, { covered: 1, total: 2 }]]));
    expect([...fileOf(report, '/repo/lib/b.js').lines]).toEqual([[7, 1]]);
  });

  it('turns backslashes into slashes, and reads CRLF files with a BOM', () => {
    const text = readFixture('istanbul-windows-paths.json');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const report = istanbulParser.parse(text, 'istanbul-windows-paths.json');
    expect(report.files.map((file) => file.path)).toEqual(['C:/agent/_work/1/s/src/win.js']);
    expect([...(report.files[0]?.lines ?? [])]).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(report.files[0]?.branches).toEqual(new Map([[2, { covered: 0, total: 2 }]]));
  });

  it('merges two keys naming one file: hits add up, the larger branch listing stays', () => {
    const report = parseFixture('istanbul-duplicate-paths.json');
    expect(report.files).toHaveLength(1);
    const dup = fileOf(report, 'src/dup.js');
    expect([...dup.lines]).toEqual([
      [1, 3],
      [2, 0],
    ]);
    expect(dup.branches).toEqual(new Map([[2, { covered: 2, total: 2 }]]));
  });

  it('keeps an empty object valid as a report with zero files, so the evaluation can refuse it', () => {
    expect(parseFixture('istanbul-empty.json')).toEqual({
      source: 'istanbul-empty.json',
      format: 'istanbul',
      sourceRoots: [],
      files: [],
    });
  });

  it('leaves out branches without arms, and reads a file without branchMap and b as branch-free', () => {
    const report = istanbulParser.parse(withFile({ b: { '0': [] } }), 'x.json');
    expect(report.files[0]?.branches).toEqual(new Map());
    const bare = istanbulParser.parse(withFile({ branchMap: undefined, b: undefined }), 'x.json');
    expect(bare.files[0]?.branches).toEqual(new Map());
    expect(bare.files[0]?.lines.size).toBe(2);
  });

  it('does not take statement ids from the object prototype', () => {
    const text = withFile({ statementMap: { constructor: at(1) }, s: { constructor: 2 } });
    expect([...(istanbulParser.parse(text, 'x.json').files[0]?.lines ?? [])]).toEqual([[1, 2]]);
    expect(errorOf(withFile({ statementMap: { toString: at(1) }, s: {} })).message).toBe(
      'coverage-final.json: file "src/a.js": statement "toString": no count in "s"',
    );
  });
});

describe('istanbulParser.parse refuses bad input with a one-line message', () => {
  it('names line and column of malformed JSON', () => {
    const error = errorOf(readFixture('istanbul-malformed.json'), 'istanbul-malformed.json');
    expect(error.message).toMatch(/^istanbul-malformed\.json:5:5: malformed JSON: /);
    expect(errorOf('{"a.js": {', 'cut.json').message).toMatch(/^cut\.json(:\d+:\d+)?: malformed JSON: /);
  });

  it('names the file key and the statement of a negative count', () => {
    expect(errorOf(readFixture('istanbul-negative-count.json'), 'neg.json').message).toBe(
      'neg.json: file "src/a.js": statement "1": count -1 is negative',
    );
  });

  it('refuses counts that are not whole numbers', () => {
    const message = (s: Record<string, unknown>) => errorOf(withFile({ s })).message;
    expect(message({ '0': 1.5, '1': 0 })).toBe(
      'coverage-final.json: file "src/a.js": statement "0": count 1.5 is not a whole number',
    );
    expect(message({ '0': '3', '1': 0 })).toMatch(/statement "0": count "3" is not a number$/);
    expect(message({ '0': null, '1': 0 })).toMatch(/statement "0": count null is not a number$/);
    const infinite = withFile({ s: { '0': 'INFINITE', '1': 0 } }).replace('"INFINITE"', '1e999');
    expect(errorOf(infinite).message).toMatch(/statement "0": count Infinity is not a finite number$/);
    expect(message({ '0': 2 ** 60, '1': 0 })).toMatch(/is too large to count exactly$/);
  });

  it('refuses statements and counts that do not match one to one', () => {
    expect(errorOf(withFile({ s: { '0': 1 } })).message).toMatch(/statement "1": no count in "s"$/);
    expect(errorOf(withFile({ s: { '0': 1, '1': 0, '2': 4 } })).message).toMatch(
      /file "src\/a\.js": "s" counts statement "2", which "statementMap" lacks$/,
    );
  });

  it('refuses line numbers that are not positive integers up to ten million', () => {
    const message = (line: unknown) =>
      errorOf(withFile({ statementMap: { '0': { start: { line } }, '1': at(2) } })).message;
    expect(message(0)).toBe(
      'coverage-final.json: file "src/a.js": statement "0": start line 0 is not an integer from 1 to 10000000',
    );
    for (const line of [-1, 1.5, '3', 10_000_001]) {
      expect(message(line)).toContain(`start line ${JSON.stringify(line)} is not an integer`);
    }
    expect(message(undefined)).toMatch(/statement "0": start line is missing$/);
    expect(errorOf(withFile({ statementMap: { '0': 'x', '1': at(2) } })).message).toMatch(
      /statement "0": start line is missing$/,
    );
  });

  it('refuses branch counts that are missing, not arrays, or not counts', () => {
    expect(errorOf(withFile({ b: {} })).message).toMatch(/branch "0": no counts in "b"$/);
    expect(errorOf(withFile({ b: { '0': 2 } })).message).toMatch(/branch "0": counts 2 are not an array$/);
    expect(errorOf(withFile({ b: { '0': [1, -2] } })).message).toBe(
      'coverage-final.json: file "src/a.js": branch "0": arm 1 count -2 is negative',
    );
    expect(errorOf(withFile({ b: { '0': [1, 0], '7': [1] } })).message).toMatch(
      /"b" counts branch "7", which "branchMap" lacks$/,
    );
    expect(errorOf(withFile({ branchMap: { '0': { type: 'if' } } })).message).toMatch(
      /branch "0": line is missing$/,
    );
    expect(errorOf(withFile({ branchMap: { '0': { line: 0 } } })).message).toMatch(
      /branch "0": line 0 is not an integer from 1 to 10000000$/,
    );
    expect(errorOf(withFile({ branchMap: { '0': [] } })).message).toMatch(
      /branch "0": expected an object, found an array$/,
    );
  });

  it('refuses files without statementMap or s, and reports that are not an object of files', () => {
    expect(errorOf(withFile({ statementMap: undefined })).message).toBe(
      'coverage-final.json: file "src/a.js": "statementMap" is missing',
    );
    expect(errorOf(withFile({ s: [1, 0] })).message).toMatch(/"s" is not an object \(found an array\)$/);
    expect(errorOf(withFile({ branchMap: 'none' })).message).toMatch(
      /"branchMap" is not an object \(found "none"\)$/,
    );
    expect(errorOf('{"src/a.js": 3}').message).toBe(
      'coverage-final.json: file "src/a.js": expected a file coverage object, found 3',
    );
    expect(errorOf('[]').message).toBe(
      'coverage-final.json: expected an Istanbul coverage-final.json: a JSON object keyed by file path, found an array',
    );
    expect(errorOf('null').message).toMatch(/keyed by file path, found null$/);
  });

  it('keeps the message on one line when a key holds a line break', () => {
    const text = JSON.stringify({ 'a\nb.js': { path: 'a', statementMap: {}, s: { '0': 1 } } });
    expect(errorOf(text).message).toBe(
      'coverage-final.json: file "a b.js": "s" counts statement "0", which "statementMap" lacks',
    );
  });
});
