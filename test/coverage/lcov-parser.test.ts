import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { lcovParser } from '../../src/core/coverage/parsers/lcov-parser.js';
import { InputError } from '../../src/core/errors/input-error.js';
import type { CoverageReport, FileCoverage } from '../../src/core/model/coverage.js';

const fixtures = new URL('../fixtures/coverage/', import.meta.url);

const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const parseFixture = (name: string): CoverageReport => lcovParser.parse(readFixture(name), name);

/** The error the parser throws for a text, asserted to be an `InputError`. */
function errorOf(text: string, source: string): InputError {
  try {
    lcovParser.parse(text, source);
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

describe('lcovParser.detect', () => {
  it('recognizes a tracefile opening with TN:, SF: or VER:, after comments, blank lines and a BOM', () => {
    expect(lcovParser.detect('TN:\nSF:src/a.ts\nDA:1,1\n')).toBe(true);
    expect(lcovParser.detect('SF:lib/main.dart\nDA:6,2\n')).toBe(true);
    expect(lcovParser.detect('# lcov 2.x\n\nVER:2.1\nTN:suite\nSF:a.c\n')).toBe(true);
    expect(lcovParser.detect('\uFEFFTN:\r\nSF:src\\a.js\r\n')).toBe(true);
    expect(lcovParser.detect(readFixture('lcov-lcov2-records.info'))).toBe(true);
  });

  it('needs an SF: record, and LCOV keys first', () => {
    expect(lcovParser.detect('TN:only a test name\n')).toBe(false);
    expect(lcovParser.detect('DA:1,1\nSF:src/a.ts\n')).toBe(false);
    expect(lcovParser.detect('')).toBe(false);
  });

  it('does not take the other coverage formats for LCOV', () => {
    expect(lcovParser.detect('mode: set\ngithub.com/a/b.go:1.1,2.2 1 1\n')).toBe(false);
    expect(lcovParser.detect('<?xml version="1.0"?>\n<coverage line-rate="1">\n<!-- SF:a -->')).toBe(false);
    expect(lcovParser.detect('{"/src/a.js":{"path":"/src/a.js","statementMap":{}}}\nSF:a')).toBe(false);
    expect(lcovParser.detect('<coverage version="1"><file path="SF:main.cpp">')).toBe(false);
  });
});

describe('lcovParser.parse', () => {
  it('merges duplicate SF blocks of one file: hits add up, LF/LH/BRF/BRH are never read', () => {
    const report = parseFixture('lcov-duplicate-sf.info');
    expect(report.format).toBe('lcov');
    expect(report.source).toBe('lcov-duplicate-sf.info');
    expect(report.sourceRoots).toEqual([]);
    expect(report.files.map((file) => file.path)).toEqual(['src/app/calc.ts', 'src/app/util.ts']);
    expect([...fileOf(report, 'src/app/calc.ts').lines]).toEqual([
      [1, 3],
      [2, 5],
      [4, 1],
      [9, 0],
    ]);
    expect([...fileOf(report, 'src/app/util.ts').lines]).toEqual([[7, 2]]);
    expect(coverageTotals(report.files)).toEqual({
      lines: { covered: 4, total: 5 },
      branches: { covered: 2, total: 3 },
    });
  });

  it('closes a block at a new SF: without end_of_record, and at the end of the file', () => {
    const report = parseFixture('lcov-duplicate-sf.info');
    // util.ts has no end_of_record before the next SF:, calc.ts's second block none before the end of file.
    expect(fileOf(report, 'src/app/util.ts').branches).toEqual(new Map([[7, { covered: 1, total: 1 }]]));
    expect(fileOf(report, 'src/app/calc.ts').branches).toEqual(new Map([[2, { covered: 1, total: 2 }]]));
  });

  it('counts branches per (line, block, branch): "-" is not taken, a repeated key keeps the larger count', () => {
    const file = fileOf(parseFixture('lcov-branches.info'), 'contracts/Pool.sol');
    expect(file.branches).toEqual(
      new Map([
        [10, { covered: 1, total: 2 }],
        [12, { covered: 0, total: 2 }],
        [15, { covered: 1, total: 2 }],
        [20, { covered: 1, total: 2 }],
      ]),
    );
  });

  it('counts the branches of a line without DA record, but does not make it a coverable line', () => {
    const file = fileOf(parseFixture('lcov-branches.info'), 'contracts/Pool.sol');
    expect([...file.lines]).toEqual([
      [10, 4],
      [12, 0],
      [20, 1],
    ]);
  });

  it('reads lcov 2.x records: VER, FN with end line, FNL/FNA, MCDC, checksums, comments, big and float counts', () => {
    const file = fileOf(parseFixture('lcov-lcov2-records.info'), 'src/mqtt.c');
    expect([...file.lines]).toEqual([
      [3, 1],
      [4, 1],
      [5, 0],
      [6, 1.84467440737096e19],
      [10, 0],
    ]);
    expect(file.branches).toEqual(new Map());
  });

  it('tolerates a BOM and CRLF line ends, and turns backslashes in paths into /', () => {
    const report = parseFixture('lcov-windows-crlf.info');
    expect(report.files.map((file) => file.path)).toEqual(['src/lib/parser.js']);
    expect([...fileOf(report, 'src/lib/parser.js').lines]).toEqual([
      [3, 1],
      [4, 0],
    ]);
    expect(fileOf(report, 'src/lib/parser.js').branches).toEqual(new Map([[3, { covered: 1, total: 2 }]]));
  });

  it('gives zero files for a tracefile without SF records', () => {
    expect(lcovParser.parse('TN:\n', 'empty.info').files).toEqual([]);
  });
});

describe('lcovParser.parse: bad input', () => {
  it.each([
    ['lcov-negative-count.info', 'lcov-negative-count.info:4: DA record: count "-1" is negative'],
    [
      'lcov-bad-line-number.info',
      'lcov-bad-line-number.info:4: DA record: line number "0" is not an integer from 1 to 10000000',
    ],
    [
      'lcov-malformed.info',
      'lcov-malformed.info:4: not an LCOV record (expected KEY:value): "this is not a record"',
    ],
    [
      'lcov-da-before-sf.info',
      'lcov-da-before-sf.info:2: DA record outside a source file block (no SF: record before it)',
    ],
  ])('%s is refused with the place and the cause', (name, message) => {
    const error = errorOf(readFixture(name), name);
    expect(error.message).toBe(message);
    expect(error.file).toBe(name);
  });

  it.each([
    ['SF:a.c\nDA:1,abc\n', 'a.info:2: DA record: count "abc" is not a number'],
    ['SF:a.c\nDA:1\n', 'a.info:2: DA record "1" is not "line,count"'],
    ['SF:a.c\nDA:1,\n', 'a.info:2: DA record: count is missing'],
    ['SF:a.c\nDA:1,1e999\n', 'a.info:2: DA record: count "1e999" is not a finite number'],
    [
      'SF:a.c\nDA:99999999,1\n',
      'a.info:2: DA record: line number "99999999" is not an integer from 1 to 10000000',
    ],
    ['SF:a.c\nDA:1.5,1\n', 'a.info:2: DA record: line number "1.5" is not an integer from 1 to 10000000'],
    ['SF:a.c\nBRDA:1,0,1\n', 'a.info:2: BRDA record "1,0,1" is not "line,block,branch,taken"'],
    ['SF:a.c\nBRDA:1,0,1,-2\n', 'a.info:2: BRDA record: taken count "-2" is negative'],
    ['SF:a.c\nBRDA:x,0,1,2\n', 'a.info:2: BRDA record: line number "x" is not an integer from 1 to 10000000'],
    ['TN:\nSF:\n', 'a.info:2: SF record without a file path'],
    ['SF:a.c\n:1,1\n', 'a.info:2: not an LCOV record (expected KEY:value): ":1,1"'],
  ])('%j is refused: %s', (text, message) => {
    expect(errorOf(text, 'a.info').message).toBe(message);
  });
});
