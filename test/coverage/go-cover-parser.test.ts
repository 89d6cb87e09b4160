import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { goCoverParser } from '../../src/core/coverage/parsers/go-cover-parser.js';
import { InputError } from '../../src/core/errors/input-error.js';
import type { CoverageReport, FileCoverage } from '../../src/core/model/coverage.js';

const fixtures = new URL('../fixtures/coverage/', import.meta.url);

const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const parseFixture = (name: string): CoverageReport => goCoverParser.parse(readFixture(name), name);

/** The error the parser throws for a text, asserted to be an `InputError`. */
function errorOf(text: string, source: string): InputError {
  try {
    goCoverParser.parse(text, source);
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

describe('goCoverParser.detect', () => {
  it('recognizes a first line "mode: set|count|atomic", after blank lines, a BOM or with CRLF', () => {
    expect(goCoverParser.detect('mode: set\ngithub.com/a/b.go:1.1,2.2 1 1\n')).toBe(true);
    expect(goCoverParser.detect('mode: count\n')).toBe(true);
    expect(goCoverParser.detect('\n\nmode: atomic\r\n')).toBe(true);
    expect(goCoverParser.detect('\uFEFFmode: set\n')).toBe(true);
  });

  it('does not take other modes, other first lines or the other coverage formats', () => {
    expect(goCoverParser.detect('mode: regions\n')).toBe(false);
    expect(goCoverParser.detect('# mode: set\n')).toBe(false);
    expect(goCoverParser.detect('github.com/a/b.go:1.1,2.2 1 1\nmode: set\n')).toBe(false);
    expect(goCoverParser.detect('TN:\nSF:mode: set\n')).toBe(false);
    expect(goCoverParser.detect('<?xml version="1.0"?>\n<coverage line-rate="1">')).toBe(false);
    expect(goCoverParser.detect('{"mode: set":1}')).toBe(false);
    expect(goCoverParser.detect('')).toBe(false);
  });
});

describe('goCoverParser.parse', () => {
  it('covers each line of a block; hits add up over blocks and repeated listings', () => {
    const report = parseFixture('go-cover-merged.out');
    expect(report.format).toBe('go-cover');
    expect(report.source).toBe('go-cover-merged.out');
    expect(report.sourceRoots).toEqual([]);
    expect(report.files.map((file) => file.path)).toEqual([
      'github.com/acme/shop/cart/cart.go',
      'github.com/acme/shop/cart/empty.go',
      'github.com/acme/shop/tax/tax.go',
    ]);
    // 3..5 listed twice (4 + 1), 5..7 never ran, 9 has no statements, 12..13 ran in the second profile only.
    expect([...fileOf(report, 'github.com/acme/shop/cart/cart.go').lines]).toEqual([
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 0],
      [7, 0],
      [12, 3],
      [13, 3],
    ]);
    expect([...fileOf(report, 'github.com/acme/shop/tax/tax.go').lines]).toEqual([[20, 1]]);
    expect(coverageTotals(report.files)).toEqual({ lines: { covered: 6, total: 8 }, branches: null });
  });

  it('counts statements over distinct blocks, a repeated block once, covered when any listing ran', () => {
    const report = parseFixture('go-cover-merged.out');
    expect(fileOf(report, 'github.com/acme/shop/cart/cart.go').statements).toEqual({ covered: 3, total: 4 });
    expect(fileOf(report, 'github.com/acme/shop/tax/tax.go').statements).toEqual({ covered: 3, total: 3 });
  });

  it('names a file whose blocks have no statements, with no coverable lines', () => {
    const empty = fileOf(parseFixture('go-cover-merged.out'), 'github.com/acme/shop/cart/empty.go');
    expect(empty.lines.size).toBe(0);
    expect(empty.statements).toEqual({ covered: 0, total: 0 });
  });

  it('has no branch data', () => {
    for (const file of parseFixture('go-cover-merged.out').files) expect(file.branches).toBeNull();
  });

  it('tolerates a BOM and CRLF, keeps import paths as written and turns backslashes into /', () => {
    const report = parseFixture('go-cover-windows-crlf.out');
    expect(report.files.map((file) => file.path)).toEqual(['_/C_/src/app/main.go', 'C:/src/app/util.go']);
    expect([...fileOf(report, '_/C_/src/app/main.go').lines]).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect([...fileOf(report, 'C:/src/app/util.go').lines]).toEqual([[2, 0]]);
  });

  it('gives zero files for a profile with a mode line only', () => {
    expect(goCoverParser.parse('mode: set\n', 'c.out').files).toEqual([]);
  });
});

describe('goCoverParser.parse: bad input', () => {
  it.each([
    [
      'go-cover-negative-count.out',
      'go-cover-negative-count.out:3: block 3.1,4.2: count "-1" is not a non-negative integer',
    ],
    [
      'go-cover-malformed.out',
      'go-cover-malformed.out:3: not a coverprofile block (expected "file.go:line.col,line.col statements count"): "github.com/acme/a.go 3.1 4.2 1 0"',
    ],
    [
      'go-cover-reversed-block.out',
      'go-cover-reversed-block.out:2: block 9.1,4.2 ends on line 4 before it starts',
    ],
    [
      'go-cover-inconsistent-statements.out',
      'go-cover-inconsistent-statements.out:4: block github.com/acme/a.go:1.1,2.2 is listed with 2 statements here and 1 before: the profiles come from different builds',
    ],
    [
      'go-cover-no-mode.out',
      'go-cover-no-mode.out:1: not a Go coverprofile: the first line must be "mode: set", "mode: count" or "mode: atomic"',
    ],
    ['go-cover-unknown-mode.out', 'go-cover-unknown-mode.out:1: unsupported coverprofile mode "regions"'],
  ])('%s is refused with the place and the cause', (name, message) => {
    const error = errorOf(readFixture(name), name);
    expect(error.message).toBe(message);
    expect(error.file).toBe(name);
  });

  it.each([
    ['mode: set\na.go:0.1,2.2 1 1\n', 'c.out:2: block 0.1,2.2: line numbers must be from 1 to 10000000'],
    [
      'mode: set\na.go:1.1,20000000.2 1 1\n',
      'c.out:2: block 1.1,20000000.2: line numbers must be from 1 to 10000000',
    ],
    [
      'mode: set\na.go:1.1,2.2 x 1\n',
      'c.out:2: block 1.1,2.2: statement count "x" is not a non-negative integer',
    ],
    [
      'mode: count\na.go:1.1,2.2 1 1.5\n',
      'c.out:2: block 1.1,2.2: count "1.5" is not a non-negative integer',
    ],
    [
      'mode: set\na.go:1.1,2.2 1\n',
      'c.out:2: not a coverprofile block (expected "file.go:line.col,line.col statements count"): "a.go:1.1,2.2 1"',
    ],
  ])('%j is refused: %s', (text, message) => {
    expect(errorOf(text, 'c.out').message).toBe(message);
  });
});
