import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { parseCoverage } from '../../src/core/coverage/parse-coverage.js';
import { InputError } from '../../src/core/errors/input-error.js';

/** Real reports from public projects, kept outside the project (`../shared/corpus`); never copied in. */
const corpus = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.info(`corpus-coverage: ${corpus.pathname} not found, corpus tests skipped`);

function filesIn(folder: string): string[] {
  const url = new URL(`${folder}/`, corpus);
  if (!existsSync(url)) return [];
  return readdirSync(url)
    .filter((name) => statSync(new URL(name, url)).isFile())
    .sort()
    .map((name) => `${folder}/${name}`);
}

const readCorpusFile = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');

interface Totals {
  lines: { covered: number; total: number };
  branches: { covered: number; total: number };
}

/**
 * An independent reading of a Cobertura report with regular expressions over the raw text, sharing no code with
 * the parser: distinct (filename, line number) pairs, covered when their summed hits are above 0, with the rule
 * that a class without its own `<line>` records counts those of its methods. Branches: per (file, line), the
 * listing with the larger total, then the larger covered count.
 */
function referenceTotals(xml: string): Totals {
  const attribute = (attributes: string, name: string): string | undefined => {
    const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
    return match ? (match[1] ?? match[2]) : undefined;
  };
  const hitsByLine = new Map<string, number>();
  const branchesByLine = new Map<string, { covered: number; total: number }>();
  for (const [, classAttributes = '', body = ''] of xml.matchAll(
    /<class\b([^>]*?)(?:\/>|>([\s\S]*?)<\/class>)/g,
  )) {
    const filename = (attribute(classAttributes, 'filename') ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&')
      .replaceAll('\\', '/');
    const ownLines = [...body.replace(/<methods>[\s\S]*?<\/methods>/g, '').matchAll(/<line\b([^>]*?)\/?>/g)];
    const lines = ownLines.length > 0 ? ownLines : [...body.matchAll(/<line\b([^>]*?)\/?>/g)];
    for (const [, lineAttributes = ''] of lines) {
      const key = `${filename}\n${attribute(lineAttributes, 'number')}`;
      hitsByLine.set(key, (hitsByLine.get(key) ?? 0) + Math.floor(Number(attribute(lineAttributes, 'hits'))));
      const condition = /\((\d+)\/(\d+)\)/.exec(attribute(lineAttributes, 'condition-coverage') ?? '');
      if (attribute(lineAttributes, 'branch')?.toLowerCase() !== 'true' || !condition) continue;
      const count = { covered: Number(condition[1]), total: Number(condition[2]) };
      const known = branchesByLine.get(key);
      if (count.total === 0) continue;
      if (
        !known ||
        count.total > known.total ||
        (count.total === known.total && count.covered > known.covered)
      ) {
        branchesByLine.set(key, count);
      }
    }
  }
  const branchCounts = [...branchesByLine.values()];
  return {
    lines: { covered: [...hitsByLine.values()].filter((hits) => hits > 0).length, total: hitsByLine.size },
    branches: {
      covered: branchCounts.reduce((sum, count) => sum + count.covered, 0),
      total: branchCounts.reduce((sum, count) => sum + count.total, 0),
    },
  };
}

describe.skipIf(!hasCorpus)('corpus: Cobertura reports', () => {
  const files = filesIn('cobertura');

  it('holds Cobertura reports', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: totals match an independent count of its line records', (path) => {
    const xml = readCorpusFile(path);
    const report = parseCoverage(xml, path);
    expect(report.format).toBe('cobertura');
    expect(report.files.length).toBeGreaterThan(0);
    expect(new Set(report.files.map((file) => file.path)).size).toBe(report.files.length);
    for (const file of report.files) expect(file.path).not.toContain('\\');
    const totals = coverageTotals(report.files);
    const reference = referenceTotals(xml);
    expect(totals.lines).toEqual(reference.lines);
    expect(totals.branches).toEqual(reference.branches);
  });
});

/** The refusal each family of other coverage formats must get, naming the format. */
/** Deliberate negatives in `other/`: named like a known format, something else inside. */
const OTHER_REFUSALS: Readonly<Record<string, RegExp>> = {
  'other/sonar-generic-coverage.xml': /Sonar/,
};

describe.skipIf(!hasCorpus)('corpus: the negatives in other/ are refused by name', () => {
  // A file of `other/` not listed above must still be refused, never parsed as a coverage report.
  const cases = filesIn('other').map((path) => ({ path, message: OTHER_REFUSALS[path] ?? /./ }));

  it.each(cases)('$path', ({ path, message }) => {
    let refusal: unknown;
    try {
      parseCoverage(readCorpusFile(path), path);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).message).toMatch(message);
    expect((refusal as InputError).message).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}: `));
  });
});

const FOLDER_FORMATS: Readonly<Record<string, readonly string[]>> = {
  cobertura: ['cobertura'],
  jacoco: ['jacoco'],
  clover: ['clover'],
  lcov: ['lcov'],
  'go-cover': ['go-cover'],
  'istanbul-json': ['istanbul', 'istanbul-summary'],
};

describe.skipIf(!hasCorpus)('corpus: every coverage file is read by the registry as its own format', () => {
  const cases = Object.entries(FOLDER_FORMATS).flatMap(([folder, formats]) =>
    filesIn(folder).map((path) => ({ path, formats })),
  );

  it.each(cases)('$path', ({ path, formats }) => {
    const report = parseCoverage(readCorpusFile(path), path);
    expect(formats).toContain(report.format);
    expect(report.files.length).toBeGreaterThan(0);
  });
});
