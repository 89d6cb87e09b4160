import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { cloverParser } from '../../src/core/coverage/parsers/clover-parser.js';
import { InputError } from '../../src/core/errors/input-error.js';
import type { CoverageReport, FileCoverage } from '../../src/core/model/coverage.js';

const fixtures = new URL('../fixtures/coverage/', import.meta.url);

const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const parseFixture = (name: string): CoverageReport => cloverParser.parse(readFixture(name), name);

/** The error `cloverParser.parse` throws for a text, asserted to be an `InputError`. */
function errorOf(text: string, source = 'clover.xml'): InputError {
  try {
    cloverParser.parse(text, source);
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

/** A one-line Clover document with one file `src/Calc.java` holding the given `<line>` elements. */
function withLines(lines: string): string {
  return `<coverage generated="1" clover="4.5.2"><project timestamp="1"><package name="p"><file name="Calc.java" path="src/Calc.java">${lines}</file></package></project></coverage>`;
}

describe('cloverParser.detect', () => {
  it('recognizes a <coverage generated=…> root with a <project> first child', () => {
    expect(
      cloverParser.detect(
        '<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1547410716458" clover="4.3.1">\n   <project timestamp="1">',
      ),
    ).toBe(true);
    // PHPUnit writes no clover attribute.
    expect(
      cloverParser.detect(
        '<?xml version="1.0"?>\n<coverage generated="1765620532">\n  <project timestamp="1">',
      ),
    ).toBe(true);
    // gcovr writes clover before generated.
    expect(
      cloverParser.detect('<coverage clover="1700000000" generated="1700000000"><project timestamp="1">'),
    ).toBe(true);
    expect(
      cloverParser.detect(
        '\uFEFF<coverage generated="1">\r\n<!-- Istanbul -->\r\n<project name="All files">',
      ),
    ).toBe(true);
  });

  it('does not take Cobertura, SonarQube generic coverage or JaCoCo for Clover', () => {
    expect(cloverParser.detect('<coverage line-rate="0.5" timestamp="1"><sources>')).toBe(false);
    expect(cloverParser.detect('<coverage line-rate="1" generated="1"><packages>')).toBe(false);
    expect(cloverParser.detect('<coverage version="1"><file path="main.cpp"><lineToCover')).toBe(false);
    expect(cloverParser.detect('<coverage generated="1"/>')).toBe(false);
    expect(cloverParser.detect('<coverage name="generated=1"><project>')).toBe(false);
    expect(cloverParser.detect('<report name="x"><sessioninfo id="a"/>')).toBe(false);
    expect(cloverParser.detect('<report><coverage generated="1"><project>')).toBe(false);
    expect(cloverParser.detect('SF:src/a.ts\nDA:1,1\nend_of_record\n')).toBe(false);
  });
});

describe('cloverParser.parse', () => {
  it('reads OpenClover files at their path, backslashes turned into slashes, escapes decoded', () => {
    const report = parseFixture('clover-openclover.xml');
    expect(report.format).toBe('clover');
    expect(report.source).toBe('clover-openclover.xml');
    expect(report.sourceRoots).toEqual([]);
    // The <testproject> holds test sources: not read.
    expect(report.files.map((file) => file.path)).toEqual([
      'C:/agent/_work/1/s/src/com/acme/Cart.java',
      'C:/agent/_work/1/s/src/com/acme/R&D.java',
    ]);
  });

  it('counts method, statement and condition lines, adding hits of one line listed several times', () => {
    const cart = fileOf(parseFixture('clover-openclover.xml'), 'C:/agent/_work/1/s/src/com/acme/Cart.java');
    expect([...cart.lines]).toEqual([
      [10, 3],
      [11, 6],
      [12, 4],
      [14, 0],
      [15, 0],
    ]);
  });

  it('gives each OpenClover condition two branches, adding up the conditions of one line', () => {
    const cart = fileOf(parseFixture('clover-openclover.xml'), 'C:/agent/_work/1/s/src/com/acme/Cart.java');
    expect(cart.branches).toEqual(
      new Map([
        [11, { covered: 2, total: 2 }],
        [12, { covered: 1, total: 4 }],
        [15, { covered: 0, total: 2 }],
      ]),
    );
    expect(coverageTotals(parseFixture('clover-openclover.xml').files)).toEqual({
      lines: { covered: 3, total: 7 },
      branches: { covered: 3, total: 8 },
    });
  });

  it('reads PHPUnit files by name, directly in the project or in nested packages, in document order', () => {
    const report = parseFixture('clover-phpunit.xml');
    expect(report.files.map((file) => [file.path, [...file.lines]])).toEqual([
      ['/home/runner/work/app/app/src/helpers.php', []],
      [
        '/home/runner/work/app/app/src/Domain/User.php',
        [
          [7, 2],
          [9, 2],
          [12, 0],
          [14, 0],
          [15, 1],
        ],
      ],
      ['/home/runner/work/app/app/src/Domain/Events/Renamed.php', [[5, 4]]],
      ['/home/runner/work/app/app/src/boot.php', [[3, 1]]],
    ]);
    expect(coverageTotals(report.files)).toEqual({
      lines: { covered: 5, total: 7 },
      branches: { covered: 0, total: 0 },
    });
  });

  it('reads Istanbul cond lines as covered and missed branches, inside a <metrics> container', () => {
    const route = fileOf(
      parseFixture('clover-istanbul-branches.xml'),
      '/home/runner/work/web/web/src/route.ts',
    );
    expect([...route.lines]).toEqual([
      [1, 1],
      [3, 5],
      [4, 2],
      [8, 0],
    ]);
    expect(route.branches).toEqual(
      new Map([
        [3, { covered: 1, total: 5 }],
        [4, { covered: 2, total: 2 }],
      ]),
    );
  });

  it('merges a file listed twice: hits add up, the larger branch listing stands', () => {
    const report = parseFixture('clover-duplicate-file.xml');
    expect(report.files).toHaveLength(1);
    const calc = fileOf(report, 'src/app/Calc.java');
    expect([...calc.lines]).toEqual([
      [3, 1],
      [4, 10],
      [6, 0],
    ]);
    expect(calc.branches).toEqual(new Map([[4, { covered: 2, total: 2 }]]));
  });

  it('reads CRLF files with a BOM, and keeps a project without files valid for the evaluation to refuse', () => {
    const text = `\uFEFF<?xml version="1.0"?>\r\n${withLines('<line num="1" count="1" type="stmt"/>').replaceAll('><', '>\r\n<')}`;
    expect(cloverParser.parse(text, 'crlf.xml').files.map((file) => [...file.lines])).toEqual([[[1, 1]]]);
    expect(
      cloverParser.parse('<coverage generated="1"><project timestamp="1"/></coverage>', 'e.xml'),
    ).toEqual({
      source: 'e.xml',
      format: 'clover',
      sourceRoots: [],
      files: [],
    });
  });

  it('treats a line without type as a statement', () => {
    expect([
      ...(cloverParser.parse(withLines('<line num="2" count="3"/>'), 'x.xml').files[0]?.lines ?? []),
    ]).toEqual([[2, 3]]);
  });
});

describe('cloverParser.parse refuses bad input with a one-line message', () => {
  it('names the file, the line and the attribute of a negative count', () => {
    expect(errorOf(readFixture('clover-negative-count.xml'), 'neg.xml').message).toBe(
      'neg.xml:7:9: file "src/app/Calc.java", line 4: count "-2" is not a non-negative integer',
    );
  });

  it('refuses counts that are not whole numbers, and missing ones', () => {
    for (const count of ['1.5', '1e2', '', 'NaN', '0x1']) {
      expect(errorOf(withLines(`<line num="4" count="${count}" type="stmt"/>`)).message).toMatch(
        new RegExp(
          `^clover\\.xml:1:\\d+: file "src/Calc\\.java", line 4: count ".*" is not a non-negative integer$`,
        ),
      );
    }
    expect(errorOf(withLines('<line num="4" type="stmt"/>')).message).toMatch(/line 4: missing count$/);
    expect(errorOf(withLines('<line num="4" type="cond" truecount="1"/>')).message).toMatch(
      /line 4: cond line without falsecount$/,
    );
    expect(errorOf(withLines('<line num="4" type="cond" truecount="-1" falsecount="0"/>')).message).toMatch(
      /line 4: truecount "-1" is not a non-negative integer$/,
    );
  });

  it('refuses line numbers that are not positive integers up to ten million', () => {
    expect(errorOf(readFixture('clover-bad-line-number.xml'), 'bad.xml').message).toBe(
      'bad.xml:6:9: file "src/app/Calc.java": line number "10000001" is not an integer from 1 to 10000000',
    );
    for (const number of ['0', '-3', '2.5', '']) {
      expect(errorOf(withLines(`<line num="${number}" count="1"/>`)).message).toContain(
        `line number "${number}" is not an integer`,
      );
    }
  });

  it('refuses a file with neither path nor name', () => {
    const text =
      '<coverage generated="1"><project><file><line num="1" count="1"/></file></project></coverage>';
    expect(errorOf(text).message).toBe('clover.xml:1:34: a <file> has neither a path nor a name attribute');
  });

  it('names line and column of malformed XML', () => {
    const error = errorOf(readFixture('clover-malformed.xml'), 'cut.xml');
    expect(error.message).toMatch(/^cut\.xml:7:\d+: malformed XML: .*'file'.*$/);
    expect(error.location?.line).toBe(7);
  });

  it('refuses a <coverage> root that is not Clover', () => {
    expect(errorOf('<coverage version="1"><file path="a.c"/></coverage>').message).toBe(
      'clover.xml: not a Clover report: the <coverage> root has no <project> element',
    );
    expect(errorOf('<report name="x"/>').message).toBe(
      'clover.xml: not a Clover report: the root element is not <coverage>',
    );
  });
});
