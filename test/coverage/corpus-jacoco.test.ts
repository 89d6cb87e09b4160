import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { jacocoParser } from '../../src/core/coverage/parsers/jacoco-parser.js';

/** Real reports from public projects, kept outside the project (`../shared/corpus`); never copied in. */
const corpus = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.info(`corpus-jacoco: ${corpus.pathname} not found, corpus tests skipped`);

function filesIn(folder: string): string[] {
  const url = new URL(`${folder}/`, corpus);
  if (!existsSync(url)) return [];
  return readdirSync(url)
    .filter((name) => statSync(new URL(name, url)).isFile())
    .sort()
    .map((name) => `${folder}/${name}`);
}

const folders = (): string[] =>
  hasCorpus ? readdirSync(corpus).filter((name) => statSync(new URL(name, corpus)).isDirectory()) : [];

const readCorpusFile = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');

/** What a detector sees: the first 8 KB after a BOM. */
const headOf = (text: string): string => text.replace(/^\uFEFF/, '').slice(0, 8192);

interface Totals {
  lines: { covered: number; total: number };
  branches: { covered: number; total: number };
}

const attribute = (attributes: string, name: string): string | undefined => {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
};

const unescape = (value: string): string =>
  value
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/**
 * An independent reading of a JaCoCo report with regular expressions over the raw text, sharing no code with the
 * parser. Per (package/sourcefile, line number): coverable when a listing has `mi + ci > 0`, hits summed from
 * `ci`; branches `cb` of `mb + cb`, the larger listing standing. A source file whose lines carry no `mi`/`ci`
 * counts its own `LINE`/`BRANCH` counters instead.
 */
function referenceTotals(xml: string): Totals {
  const hits = new Map<string, number>();
  const branches = new Map<string, { covered: number; total: number }>();
  const stated: Totals = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  const counter = (body: string, type: string) => {
    const match = new RegExp(`<counter type="${type}" missed="(\\d+)" covered="(\\d+)"`).exec(body);
    return { covered: Number(match?.[2] ?? 0), total: Number(match?.[1] ?? 0) + Number(match?.[2] ?? 0) };
  };
  for (const [, packageAttributes = '', packageBody = ''] of xml.matchAll(
    /<package\b([^>]*?)(?:\/>|>([\s\S]*?)<\/package>)/g,
  )) {
    const packageName = unescape(attribute(packageAttributes, 'name') ?? '');
    for (const [, fileAttributes = '', body = ''] of packageBody.matchAll(
      /<sourcefile\b([^>]*?)(?:\/>|>([\s\S]*?)<\/sourcefile>)/g,
    )) {
      const fileName = unescape(attribute(fileAttributes, 'name') ?? '');
      const path = packageName === '' ? fileName : `${packageName}/${fileName}`;
      const lines = [...body.matchAll(/<line\b([^>]*?)\/>/g)].map((match) => match[1] ?? '');
      if (lines.every((line) => attribute(line, 'mi') === undefined && attribute(line, 'ci') === undefined)) {
        for (const key of ['lines', 'branches'] as const) {
          const count = counter(body, key === 'lines' ? 'LINE' : 'BRANCH');
          stated[key].covered += count.covered;
          stated[key].total += count.total;
        }
        continue;
      }
      for (const line of lines) {
        const [mi, ci, mb, cb] = ['mi', 'ci', 'mb', 'cb'].map((name) => Number(attribute(line, name) ?? 0));
        if ((mi ?? 0) + (ci ?? 0) === 0) continue;
        const key = `${path}\n${attribute(line, 'nr')}`;
        hits.set(key, (hits.get(key) ?? 0) + (ci ?? 0));
        const count = { covered: cb ?? 0, total: (mb ?? 0) + (cb ?? 0) };
        const known = branches.get(key);
        if (count.total === 0) continue;
        if (
          !known ||
          count.total > known.total ||
          (count.total === known.total && count.covered > known.covered)
        ) {
          branches.set(key, count);
        }
      }
    }
  }
  const counts = [...branches.values()];
  return {
    lines: {
      covered: [...hits.values()].filter((value) => value > 0).length + stated.lines.covered,
      total: hits.size + stated.lines.total,
    },
    branches: {
      covered: counts.reduce((sum, count) => sum + count.covered, 0) + stated.branches.covered,
      total: counts.reduce((sum, count) => sum + count.total, 0) + stated.branches.total,
    },
  };
}

/**
 * JaCoCo's own report-level counters, computed by JaCoCo from the same lines and read here only as a cross-check;
 * `null` when the report has none (grcov's test file was cut after its package).
 */
function reportCounters(xml: string): Totals | null {
  const tail = xml.slice(xml.lastIndexOf('</package>'));
  if (!tail.includes('<counter')) return null;
  const read = (type: string) => {
    const match = new RegExp(`<counter type="${type}" missed="(\\d+)" covered="(\\d+)"`).exec(tail);
    return { covered: Number(match?.[2] ?? 0), total: Number(match?.[1] ?? 0) + Number(match?.[2] ?? 0) };
  };
  return { lines: read('LINE'), branches: read('BRANCH') };
}

describe.skipIf(!hasCorpus)('corpus: JaCoCo reports', () => {
  const files = filesIn('jacoco');

  it('holds JaCoCo reports', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: detected, parsed, totals match an independent count of its line records', (path) => {
    const xml = readCorpusFile(path);
    expect(jacocoParser.detect(headOf(xml))).toBe(true);
    const report = jacocoParser.parse(xml, path);
    expect(report.format).toBe('jacoco');
    expect(report.files.length).toBeGreaterThan(0);
    expect(new Set(report.files.map((file) => file.path)).size).toBe(report.files.length);
    for (const file of report.files) expect(file.path).not.toContain('\\');
    const totals = coverageTotals(report.files);
    expect(totals).toEqual(referenceTotals(xml));
    expect(totals).toEqual(reportCounters(xml) ?? totals);
  });
});

describe.skipIf(!hasCorpus)('corpus: JaCoCo detection refuses every other file', () => {
  const others = folders()
    .filter((folder) => folder !== 'jacoco')
    .flatMap(filesIn);

  it.each(others)('%s', (path) => {
    expect(jacocoParser.detect(headOf(readCorpusFile(path)))).toBe(false);
  });
});
