import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCoverage } from '../../src/core/coverage/parse-coverage.js';
import { coberturaParser } from '../../src/core/coverage/parsers/cobertura-parser.js';
import { InputError } from '../../src/core/errors/input-error.js';
import type { CoverageReport, FileCoverage } from '../../src/core/model/coverage.js';

const fixtures = new URL('../fixtures/coverage/', import.meta.url);

const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

function parseFixture(name: string): CoverageReport {
  return parseCoverage(readFixture(name), name);
}

/** The error `parseCoverage` throws for a text, asserted to be an `InputError`. */
function errorOf(text: string, source = 'coverage.xml'): InputError {
  try {
    parseCoverage(text, source);
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

/** A Cobertura document with one class holding the given `<line>` elements. */
function withLines(lines: string, filename = 'app/calc.py'): string {
  return `<coverage line-rate="1"><packages><package name="app"><classes><class name="c" filename="${filename}"><lines>${lines}</lines></class></classes></package></packages></coverage>`;
}

describe('coberturaParser.detect', () => {
  it('recognizes a <coverage> root by its Cobertura attributes or children, after a prolog', () => {
    expect(coberturaParser.detect('<?xml version="1.0"?>\n<coverage line-rate="0.5">')).toBe(true);
    expect(coberturaParser.detect('<coverage lines-valid="3" lines-covered="1">')).toBe(true);
    expect(coberturaParser.detect('<coverage version="4.0.0.0">\n  <sources>')).toBe(true);
    expect(coberturaParser.detect('<coverage>\n<!-- made by hand -->\n<packages>')).toBe(true);
    expect(
      coberturaParser.detect(
        "\uFEFF<?xml version='1.0'?>\n<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>\n<coverage line-rate=\"1\">",
      ),
    ).toBe(true);
  });

  it('takes a bare empty <coverage/> for an empty Cobertura report', () => {
    expect(coberturaParser.detect('<coverage/>')).toBe(true);
    expect(coberturaParser.detect('<coverage></coverage>')).toBe(true);
  });

  it('does not take Clover, SonarQube generic coverage or JaCoCo for Cobertura', () => {
    expect(coberturaParser.detect('<coverage generated="1500242170615" clover="3.2.0">\n  <project')).toBe(
      false,
    );
    expect(coberturaParser.detect('<coverage generated="1765620532">\n  <project timestamp="1">')).toBe(
      false,
    );
    expect(coberturaParser.detect('<coverage version="1"><file path="main.cpp"><lineToCover')).toBe(false);
    expect(coberturaParser.detect('<coverage version="1"/>')).toBe(false);
    expect(coberturaParser.detect('<report name="x"><sessioninfo id="a"/>')).toBe(false);
  });

  it('looks at the root element only, never at text that merely mentions coverage', () => {
    expect(coberturaParser.detect('<report><coverage line-rate="1">')).toBe(false);
    expect(coberturaParser.detect('SF:src/a.ts\nDA:1,1\n<coverage line-rate="1">')).toBe(false);
  });
});

describe('coberturaParser.parse', () => {
  it('merges a file split over several classes: one coverable line per number, hits added up', () => {
    const report = parseFixture('cobertura-split-class.xml');
    expect(report.format).toBe('cobertura');
    expect(report.source).toBe('cobertura-split-class.xml');
    expect(report.sourceRoots).toEqual(['/home/runner/work/app']);
    expect(report.files.map((file) => file.path)).toEqual(['src/widget.ts', 'src/lib/helper.ts']);
    const widget = fileOf(report, 'src/widget.ts');
    expect(new Map(widget.lines)).toEqual(
      new Map([
        [1, 2],
        [2, 3],
        [5, 2],
        [9, 4],
        [7, 0],
      ]),
    );
  });

  it('never reads the header totals', () => {
    const report = parseFixture('cobertura-split-class.xml');
    const lines = report.files.flatMap((file) => [...file.lines.values()]);
    expect(lines).toHaveLength(6);
    expect(lines.filter((hits) => hits > 0)).toHaveLength(5);
  });

  it('reads branch counts from condition-coverage, keeping the larger listing of a repeated line', () => {
    const widget = fileOf(parseFixture('cobertura-split-class.xml'), 'src/widget.ts');
    expect(widget.branches).toEqual(
      new Map([
        [5, { covered: 2, total: 2 }],
        [9, { covered: 1, total: 4 }],
      ]),
    );
    expect(fileOf(parseFixture('cobertura-split-class.xml'), 'src/lib/helper.ts').branches).toEqual(
      new Map(),
    );
  });

  it('takes the method lines of a class without lines of its own, adding hits of a line in two methods', () => {
    const report = parseFixture('cobertura-methods-only.xml');
    expect([...fileOf(report, 'Sources/Parser.swift').lines]).toEqual([
      [3, 5],
      [4, 2],
      [6, 0],
    ]);
    expect([...fileOf(report, 'Sources/Lexer.swift').lines]).toEqual([[12, 1]]);
    expect([...fileOf(report, 'Sources/Token.swift').lines]).toEqual([
      [2, 1],
      [3, 0],
    ]);
  });

  it('keeps a class with no coverable lines as a file with none', () => {
    const marker = fileOf(parseFixture('cobertura-methods-only.xml'), 'Sources/Marker.swift');
    expect(marker.lines.size).toBe(0);
    expect(marker.branches).toEqual(new Map());
  });

  it('turns backslashes into slashes, decodes XML escapes, and reads CRLF files with a BOM', () => {
    const text = readFixture('cobertura-windows-paths.xml');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const report = parseCoverage(text, 'cobertura-windows-paths.xml');
    expect(report.files.map((file) => file.path)).toEqual(['src/App/Program.cs', 'src/App/R&D.cs']);
    expect(report.sourceRoots).toEqual(['C:\\agent\\_work\\1\\s\\']);
    const program = fileOf(report, 'src/App/Program.cs');
    expect([...program.lines]).toEqual([
      [10, 1],
      [11, 0],
    ]);
    expect(program.branches).toEqual(new Map([[11, { covered: 1, total: 2 }]]));
  });

  it('keeps a report without files valid, so the evaluation can refuse it', () => {
    expect(parseFixture('cobertura-no-files.xml')).toEqual({
      source: 'cobertura-no-files.xml',
      format: 'cobertura',
      sourceRoots: ['/src'],
      files: [],
    });
    expect(parseCoverage('<coverage/>', 'empty.xml').files).toEqual([]);
    expect(parseCoverage('<?xml version="1.0"?>\n<coverage></coverage>\n', 'empty.xml').files).toEqual([]);
    expect(coberturaParser.parse('\uFEFF<coverage/>', 'bom.xml').files).toEqual([]);
  });

  it('floors float hits that some tools write', () => {
    expect([...fileOf(parseFixture('cobertura-float-hits.xml'), 'app/calc.py').lines]).toEqual([
      [1, 1],
      [2, 0],
      [3, 2],
    ]);
  });
});

describe('coberturaParser.parse refuses bad input with a one-line message', () => {
  it('names line and column of malformed XML', () => {
    const error = errorOf(readFixture('cobertura-malformed.xml'), 'cobertura-malformed.xml');
    expect(error.message).toBe(
      'cobertura-malformed.xml:9:9: malformed XML: end tag </class> does not match <lines>',
    );
    expect(error.location?.line).toBe(9);
  });

  it('names the class file and the line of negative hits', () => {
    const error = errorOf(readFixture('cobertura-negative-hits.xml'), 'cobertura-negative-hits.xml');
    expect(error.message).toBe(
      'cobertura-negative-hits.xml:9:13: class "app/calc.py", line 2: hits "-3" is negative',
    );
  });

  it('refuses hits that are not numbers', () => {
    const text = withLines('<line number="4" hits="NaN"/>');
    expect(errorOf(text).message).toBe(
      `coverage.xml:1:${text.indexOf('<line ') + 1}: class "app/calc.py", line 4: hits "NaN" is not a number`,
    );
    expect(errorOf(withLines('<line number="4" hits=""/>')).message).toMatch(
      /line 4: hits "" is not a number$/,
    );
    expect(errorOf(withLines('<line number="4" hits="0x10"/>')).message).toMatch(
      /hits "0x10" is not a number$/,
    );
    expect(errorOf(withLines('<line number="4" hits="1e999"/>')).message).toMatch(/is not a finite number$/);
    expect(errorOf(withLines('<line number="4"/>')).message).toMatch(/line 4: missing hits$/);
  });

  it('refuses line numbers that are not positive integers up to ten million', () => {
    expect(errorOf(readFixture('cobertura-bad-line-number.xml'), 'bad.xml').message).toBe(
      'bad.xml:8:13: class "app/calc.py": line number "0" is not an integer from 1 to 10000000',
    );
    for (const number of ['-1', '1.5', 'abc', '10000001', '']) {
      expect(errorOf(withLines(`<line number="${number}" hits="1"/>`)).message).toContain(
        `line number "${number}" is not an integer`,
      );
    }
    expect(errorOf(withLines('<line hits="1"/>')).message).toContain('line number "" is not an integer');
    expect(
      new Map(
        parseCoverage(withLines('<line number="10000000" hits="1"/>'), 'max.xml').files[0]?.lines ?? [],
      ),
    ).toEqual(new Map([[10_000_000, 1]]));
  });

  it('refuses unreadable or impossible condition coverage', () => {
    const line = (coverage: string) =>
      withLines(`<line number="3" hits="1" branch="true" condition-coverage="${coverage}"/>`);
    expect(errorOf(line('50%')).message).toMatch(
      /line 3: condition-coverage "50%" is not "N% \(covered\/total\)"$/,
    );
    expect(errorOf(line('300% (3/1)')).message).toMatch(/covers more branches than exist$/);
  });

  it('refuses a class without a filename', () => {
    const text =
      '<coverage line-rate="1"><packages><package><classes><class name="x"/></classes></package></packages></coverage>';
    expect(errorOf(text).message).toBe('coverage.xml:1:53: a <class> has no filename attribute');
  });

  it('never expands DOCTYPE entities: a billion-laughs report is refused before any expansion', () => {
    const error = errorOf(readFixture('cobertura-doctype-entities.xml'), 'bomb.xml');
    expect(error.message).toBe(
      'bomb.xml:2:1: the DOCTYPE declares an internal subset (entities); gonogo never expands XML entities',
    );
  });

  it('leaves entity references inert even where no DOCTYPE declares them', () => {
    const report = parseCoverage(withLines('<line number="1" hits="1"/>', '&lol9;.py'), 'inert.xml');
    expect(report.files.map((file) => file.path)).toEqual(['&lol9;.py']);
  });
});
