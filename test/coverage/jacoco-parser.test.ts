import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { jacocoParser } from '../../src/core/coverage/parsers/jacoco-parser.js';
import { InputError } from '../../src/core/errors/input-error.js';
import type { CoverageReport, FileCoverage } from '../../src/core/model/coverage.js';

const fixtures = new URL('../fixtures/coverage/', import.meta.url);

const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const parseFixture = (name: string): CoverageReport => jacocoParser.parse(readFixture(name), name);

/** The error `jacocoParser.parse` throws for a text, asserted to be an `InputError`. */
function errorOf(text: string, source = 'jacoco.xml'): InputError {
  try {
    jacocoParser.parse(text, source);
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

const DOCTYPE = '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">';

/** A one-line JaCoCo document with one source file `com/acme/App.java` holding the given children. */
function withSourcefile(children: string): string {
  return `<?xml version="1.0"?>${DOCTYPE}<report name="r"><sessioninfo id="s" start="1" dump="2"/><package name="com/acme"><sourcefile name="App.java">${children}</sourcefile></package></report>`;
}

describe('jacocoParser.detect', () => {
  it('recognizes a <report> root by its JaCoCo DOCTYPE, pretty-printed or on one line', () => {
    expect(
      jacocoParser.detect(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${DOCTYPE}\n<report name="x">`,
      ),
    ).toBe(true);
    expect(jacocoParser.detect(`<?xml version="1.0"?>${DOCTYPE}<report name="x"><sessioninfo id="a"/>`)).toBe(
      true,
    );
    expect(
      jacocoParser.detect(
        '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.0//EN" "report.dtd"><report name="x"/>',
      ),
    ).toBe(true);
    expect(jacocoParser.detect(`\uFEFF${DOCTYPE}\r\n<report name="a > b">`)).toBe(true);
  });

  it("recognizes gcovr's reports by their jacoco.org DTD address or their first child", () => {
    expect(
      jacocoParser.detect(
        "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE coverage SYSTEM 'https://www.jacoco.org/jacoco/trunk/coverage/report.dtd'>\n<report>\n  <package name=\"\">",
      ),
    ).toBe(true);
    expect(jacocoParser.detect('<report>\n  <package name="src">')).toBe(true);
  });

  it('recognizes a report without DOCTYPE by a <sessioninfo>, <group> or <package> first child', () => {
    expect(jacocoParser.detect('<report name="x">\n  <sessioninfo id="a" start="1" dump="2"/>')).toBe(true);
    expect(jacocoParser.detect('<report name="x"><!-- modules --><group name="core">')).toBe(true);
  });

  it('does not claim other <report> roots, nor other coverage formats', () => {
    expect(jacocoParser.detect('<report><summary total="3"/>')).toBe(false);
    expect(jacocoParser.detect('<report name="x"/>')).toBe(false);
    expect(jacocoParser.detect('<reports><sessioninfo id="a"/>')).toBe(false);
    expect(jacocoParser.detect('<root><report><sessioninfo id="a"/>')).toBe(false);
    expect(jacocoParser.detect('<coverage line-rate="0.5"><packages>')).toBe(false);
    expect(jacocoParser.detect('<coverage generated="1" clover="4.3.1"><project>')).toBe(false);
    expect(jacocoParser.detect('<coverage version="1"><file path="a.c">')).toBe(false);
    expect(jacocoParser.detect('TN:\nSF:src/report.ts\nDA:1,1\n')).toBe(false);
    expect(jacocoParser.detect('mode: set\nexample.com/report.go:1.1,2.2 1 1\n')).toBe(false);
    expect(jacocoParser.detect('{"report.ts": {"path": "report.ts"}}')).toBe(false);
  });
});

describe('jacocoParser.parse', () => {
  it('reads every sourcefile of nested groups, at package + file name, the default package at its name', () => {
    const report = parseFixture('jacoco-aggregate-groups.xml');
    expect(report.format).toBe('jacoco');
    expect(report.source).toBe('jacoco-aggregate-groups.xml');
    expect(report.sourceRoots).toEqual([]);
    expect(report.files.map((file) => file.path)).toEqual([
      'com/acme/billing/Invoice.java',
      'com/acme/shared/Money.java',
      'Main.kt',
    ]);
  });

  it('counts a line with instructions as coverable and covered when some ran, ci as its hits', () => {
    const invoice = fileOf(parseFixture('jacoco-aggregate-groups.xml'), 'com/acme/billing/Invoice.java');
    // Line 14 has no instructions (mi = ci = 0): not coverable.
    expect([...invoice.lines]).toEqual([
      [5, 3],
      [6, 7],
      [8, 0],
      [9, 5],
      [12, 0],
    ]);
    expect(invoice.branches).toEqual(
      new Map([
        [6, { covered: 3, total: 4 }],
        [8, { covered: 0, total: 2 }],
      ]),
    );
    expect(invoice.statedTotals).toBeUndefined();
  });

  it('merges a file listed in two groups into one coverable line per number', () => {
    const money = fileOf(parseFixture('jacoco-aggregate-groups.xml'), 'com/acme/shared/Money.java');
    expect([...money.lines]).toEqual([
      [3, 2],
      [4, 2],
      [7, 0],
    ]);
  });

  it('recomputes totals from the lines, never from the counters', () => {
    expect(coverageTotals(parseFixture('jacoco-aggregate-groups.xml').files)).toEqual({
      lines: { covered: 6, total: 9 },
      branches: { covered: 3, total: 6 },
    });
  });

  it("takes gcovr's sourcefile counters as the only truth when its lines carry no mi/ci", () => {
    const report = parseFixture('jacoco-gcovr-sourcefile.xml');
    expect(report.files.map((file) => file.path)).toEqual(['src/parser.cpp', 'src/main.cpp']);
    const parser = fileOf(report, 'src/parser.cpp');
    expect(parser.lines.size).toBe(0);
    expect(parser.statedTotals).toEqual({
      lines: { covered: 3, total: 4 },
      branches: { covered: 3, total: 4 },
    });
    // No BRANCH counter: JaCoCo leaves out counters with nothing to count.
    expect(fileOf(report, 'src/main.cpp').statedTotals).toEqual({
      lines: { covered: 2, total: 2 },
      branches: { covered: 0, total: 0 },
    });
    expect(coverageTotals(report.files)).toEqual({
      lines: { covered: 5, total: 6 },
      branches: { covered: 3, total: 4 },
    });
  });

  it("reads gcovr's class-shaped files at their sourcefilename, from the class counters", () => {
    const report = parseFixture('jacoco-gcovr-classes.xml');
    expect(report.files.map((file) => ({ ...file, lines: new Map(file.lines) }))).toEqual([
      {
        path: '/builds/app/lib/util/strings.cpp',
        lines: new Map(),
        branches: new Map(),
        statedTotals: { lines: { covered: 2, total: 3 }, branches: { covered: 2, total: 4 } },
      },
    ]);
  });

  it('keeps the larger stated totals of a file listed twice', () => {
    const file = (covered: number, missed: number) =>
      `<sourcefile name="a.c"><line nr="1"/><counter type="LINE" missed="${missed}" covered="${covered}"/></sourcefile>`;
    const text = `<report><package name="src">${file(1, 1)}</package><package name="src">${file(3, 2)}</package><package name="src">${file(0, 1)}</package></report>`;
    expect(jacocoParser.parse(text, 'twice.xml').files[0]?.statedTotals?.lines).toEqual({
      covered: 3,
      total: 5,
    });
  });

  it('reads a report on one line, with a BOM, CRLF line ends and escaped names', () => {
    const text = `\uFEFF<?xml version="1.0"?>\r\n${DOCTYPE}\r\n<report name="r"><package name="com/r&amp;d"><sourcefile name="A&lt;T&gt;.java"><line nr="2" mi="1" ci="1" mb="0" cb="0"/></sourcefile></package></report>\r\n`;
    const report = jacocoParser.parse(text, 'one-line.xml');
    expect(report.files.map((file) => [file.path, [...file.lines]])).toEqual([
      ['com/r&d/A<T>.java', [[2, 1]]],
    ]);
  });

  it('accepts the old DTD Report 1.0', () => {
    const text = withSourcefile('<line nr="1" mi="0" ci="1" mb="0" cb="0"/>').replace('1.1//EN', '1.0//EN');
    expect(jacocoParser.parse(text, 'old.xml').files).toHaveLength(1);
  });

  it('keeps a report without packages valid, so the evaluation can refuse it', () => {
    expect(
      jacocoParser.parse(
        `${DOCTYPE}<report name="r"><sessioninfo id="s" start="1" dump="2"/></report>`,
        'e.xml',
      ),
    ).toEqual({ source: 'e.xml', format: 'jacoco', sourceRoots: [], files: [] });
  });

  it('accepts line 10,000,000 and counts without mb/cb', () => {
    const report = jacocoParser.parse(
      withSourcefile('<line nr="10000000" ci="1"/><line nr="3" mi="2"/>'),
      'x.xml',
    );
    // Lines iterate in line order.
    expect([...(report.files[0]?.lines ?? [])]).toEqual([
      [3, 0],
      [10_000_000, 1],
    ]);
  });
});

describe('jacocoParser.parse refuses bad input with a one-line message', () => {
  it('refuses a report with classes but no sourcefile: it has no per-line data', () => {
    expect(errorOf(readFixture('jacoco-classes-only.xml'), 'classes.xml').message).toBe(
      'classes.xml:6:5: the JaCoCo report has <class> elements but no <sourcefile> elements: no per-line data (generated without source file information?)',
    );
  });

  it('refuses a package whose classes have line coverage but no sourcefile, even beside other packages', () => {
    const text = withSourcefile('<line nr="1" mi="0" ci="1"/>').replace(
      '</report>',
      '<package name="com/gen"><class name="com/gen/X"><counter type="LINE" missed="4" covered="0"/></class></package></report>',
    );
    expect(errorOf(text).message).toMatch(
      /^jacoco\.xml:1:\d+: package "com\/gen" has classes with line coverage but no <sourcefile> elements: no per-line data/,
    );
    // Classes without line counters (no debug information) lose nothing.
    expect(() => jacocoParser.parse(text.replace('missed="4"', 'missed="0"'), 'ok.xml')).not.toThrow();
  });

  it('names the file, the line and the attribute of a negative count', () => {
    expect(errorOf(readFixture('jacoco-negative-count.xml'), 'neg.xml').message).toBe(
      'neg.xml:8:7: sourcefile "com/acme/App.java", line 4: mi "-1" is not a non-negative integer',
    );
  });

  it('refuses counts that are not whole numbers', () => {
    for (const [attribute, value] of [
      ['ci', '1.0'],
      ['ci', '1e3'],
      ['mi', ''],
      ['cb', 'NaN'],
      ['mb', '+1'],
      ['ci', '99999999999999999999'],
    ] as const) {
      const counts = { mi: '0', ci: '1', mb: '0', cb: '0', [attribute]: value };
      const attributes = Object.entries(counts).map(([name, count]) => `${name}="${count}"`);
      const text = withSourcefile(`<line nr="5" ${attributes.join(' ')}/>`);
      expect(errorOf(text).message).toBe(
        `jacoco.xml:1:${text.indexOf('<line ') + 1}: sourcefile "com/acme/App.java", line 5: ${attribute} "${value}" is not a non-negative integer`,
      );
    }
  });

  it('refuses line numbers that are not positive integers up to ten million', () => {
    expect(errorOf(readFixture('jacoco-bad-line-number.xml'), 'bad.xml').message).toBe(
      'bad.xml:7:7: sourcefile "com/acme/App.java": line number "0" is not an integer from 1 to 10000000',
    );
    for (const number of ['-1', '1.5', 'x', '10000001', '']) {
      expect(errorOf(withSourcefile(`<line nr="${number}" mi="0" ci="1"/>`)).message).toContain(
        `line number "${number}" is not an integer`,
      );
    }
    expect(errorOf(withSourcefile('<line mi="0" ci="1"/>')).message).toContain(
      'line number "" is not an integer',
    );
  });

  it('refuses a file mixing lines with and without mi/ci, and counter-less gcovr lines', () => {
    expect(errorOf(withSourcefile('<line nr="1" mi="0" ci="1"/><line nr="2"/>')).message).toMatch(
      /sourcefile "com\/acme\/App\.java", line 2: has no mi\/ci counts while other lines of the file have them$/,
    );
    expect(errorOf(withSourcefile('<line nr="1"/>')).message).toMatch(
      /sourcefile "com\/acme\/App\.java": its lines carry no mi\/ci counts and it has no LINE counter$/,
    );
    expect(errorOf(withSourcefile('<line nr="1"/><counter type="LINE" covered="1"/>')).message).toMatch(
      /sourcefile "com\/acme\/App\.java", LINE counter: missing missed$/,
    );
    expect(
      errorOf(
        withSourcefile(
          '<line nr="1"/><counter type="LINE" missed="0" covered="1"/><counter type="LINE" missed="0" covered="1"/>',
        ),
      ).message,
    ).toMatch(/LINE counter: appears twice$/);
  });

  it('refuses a sourcefile without a name', () => {
    expect(errorOf(withSourcefile('<line nr="1" ci="1"/>').replace(' name="App.java"', '')).message).toMatch(
      /^jacoco\.xml:1:\d+: a <sourcefile> in package "com\/acme" has no name$/,
    );
  });

  it('refuses an unknown major DTD version by name', () => {
    expect(errorOf(readFixture('jacoco-unsupported-dtd.xml'), 'v2.xml').message).toBe(
      'v2.xml:2:1: JaCoCo report DTD "Report 2.0" is not supported (supported: Report 1.x)',
    );
  });

  it('names line and column of malformed XML', () => {
    const error = errorOf(readFixture('jacoco-malformed.xml'), 'cut.xml');
    expect(error.message).toMatch(
      /^cut\.xml:8:\d+: malformed XML: end tag <\/package> does not match <sourcefile>$/,
    );
    expect(error.location?.line).toBe(8);
  });

  it('refuses another root element and a DOCTYPE with entities, never expanding them', () => {
    expect(errorOf('<coverage line-rate="1"/>').message).toBe(
      'jacoco.xml: not a JaCoCo report: the root element is not <report>',
    );
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE report [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<report name="&b;"><package name="p"/></report>`;
    expect(errorOf(bomb, 'bomb.xml').message).toBe(
      'bomb.xml:2:1: the DOCTYPE declares an internal subset (entities); gonogo never expands XML entities',
    );
  });
});

describe('jacocoParser.open', () => {
  /** The report read from `text` written in chunks of `size` characters. */
  function streamed(text: string, size: number, source = 'streamed.xml'): CoverageReport {
    const stream = jacocoParser.open?.(source);
    if (!stream) throw new Error('jacocoParser cannot stream');
    for (let start = 0; start < text.length; start += size) stream.write(text.slice(start, start + size));
    return stream.end();
  }

  /** The error a streamed reading throws, asserted to be an `InputError`. */
  function streamedError(text: string, size: number): InputError {
    try {
      streamed(text, size, 'jacoco.xml');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return error as InputError;
    }
    throw new Error('read without error');
  }

  it.each(['jacoco-aggregate-groups.xml', 'jacoco-gcovr-sourcefile.xml', 'jacoco-gcovr-classes.xml'])(
    '%s gives the same report in chunks of 1, 7, 64 and 1000 characters as whole',
    (name) => {
      const text = readFixture(name).replace(/^\uFEFF/, '');
      const whole = jacocoParser.parse(text, 'streamed.xml');
      for (const size of [1, 7, 64, 1000]) expect(streamed(text, size)).toEqual(whole);
    },
  );

  it.each([
    'jacoco-classes-only.xml',
    'jacoco-negative-count.xml',
    'jacoco-bad-line-number.xml',
    'jacoco-unsupported-dtd.xml',
    'jacoco-malformed.xml',
  ])('%s fails with the same message in chunks of any size as whole', (name) => {
    const text = readFixture(name).replace(/^\uFEFF/, '');
    const whole = errorOf(text).message;
    for (const size of [1, 7, 64, 1000]) expect(streamedError(text, size).message).toBe(whole);
  });

  it('refuses a package without sourcefiles only once the report is read, in document order', () => {
    const gen = (name: string) =>
      `<package name="${name}"><class name="${name}/X"><counter type="LINE" missed="4" covered="0"/></class></package>`;
    // The package without sourcefiles comes first: the refusal waits for the file read after it.
    const text = withSourcefile('<line nr="1" mi="0" ci="1"/>').replace(
      '<package name="com/acme">',
      `${gen('com/gen')}${gen('com/other')}<package name="com/acme">`,
    );
    expect(errorOf(text).message).toBe(
      `jacoco.xml:1:${text.indexOf('<class name="com/gen/X"') + 1}: package "com/gen" has classes with line coverage but no <sourcefile> elements: no per-line data (generated without source file information?)`,
    );
    for (const size of [1, 7, 64]) expect(streamedError(text, size).message).toBe(errorOf(text).message);
  });

  it("refuses a wrong counter of a package's classes only when the package has no sourcefile", () => {
    const classes =
      '<class name="com/gen/A"><counter type="LINE" missed="x" covered="0"/></class><class name="com/gen/B"><counter type="LINE" missed="1" covered="0"/></class>';
    const text = withSourcefile('<line nr="1" mi="0" ci="1"/>').replace(
      '</report>',
      `<package name="com/gen">${classes}</package></report>`,
    );
    expect(errorOf(text).message).toBe(
      `jacoco.xml:1:${text.indexOf('<counter type="LINE" missed="x"') + 1}: class, LINE counter: missed "x" is not a non-negative integer`,
    );
    const withSource = text.replace(
      `${classes}</package>`,
      `${classes}<sourcefile name="A.java"><line nr="1" mi="0" ci="1"/></sourcefile></package>`,
    );
    expect(jacocoParser.parse(withSource, 'ok.xml').files).toHaveLength(2);
  });

  it("ignores a sourcefile's counters when its lines carry mi/ci, wherever they stand", () => {
    const text = withSourcefile(
      '<counter type="LINE" missed="x" covered="0"/><line nr="1" mi="0" ci="1"/><counter type="LINE"/>',
    );
    expect([...(jacocoParser.parse(text, 'ok.xml').files[0]?.lines ?? [])]).toEqual([[1, 1]]);
  });

  it('refuses a line without mi/ci followed by one with them, naming the first', () => {
    expect(errorOf(withSourcefile('<line nr="1"/><line nr="2" mi="0" ci="1"/>')).message).toMatch(
      /: sourcefile "com\/acme\/App\.java", line 1: has no mi\/ci counts while other lines of the file have them$/,
    );
  });

  it('reads packages in nested groups only, not packages elsewhere', () => {
    const text = `<report><group name="a"><group name="b"><package name="p"><sourcefile name="A.java"><line nr="1" mi="0" ci="1"/></sourcefile></package></group></group><other><package name="q"><sourcefile name="B.java"><line nr="1" mi="0" ci="1"/></sourcefile></package></other></report>`;
    expect(jacocoParser.parse(text, 'g.xml').files.map((file) => file.path)).toEqual(['p/A.java']);
  });
});
