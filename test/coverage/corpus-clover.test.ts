import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { cloverParser } from '../../src/core/coverage/parsers/clover-parser.js';

/** Real reports from public projects, kept outside the project (`../shared/corpus`); never copied in. */
const corpus = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.info(`corpus-clover: ${corpus.pathname} not found, corpus tests skipped`);

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

const numberOf = (attributes: string, name: string): number | undefined => {
  const value = attribute(attributes, name);
  return value === undefined ? undefined : Number(value);
};

/**
 * An independent reading of a Clover report with regular expressions over the raw text, sharing no code with the
 * parser. Only the `<project>` section counts (not `<testproject>`). Per (file path or name, line number): one
 * coverable line, hits summed (`count`, or `truecount + falsecount` for a `cond` line without one). Branches per
 * listing of a file: an OpenClover condition is 2 branches, covered per outcome seen, the conditions of a line
 * added up; an Istanbul `cond` line (with `count`) is `truecount` covered of `truecount + falsecount`. Across
 * listings of a file, the larger count stands.
 */
function referenceTotals(xml: string): Totals {
  const project = /<project\b[\s\S]*?<\/project>/.exec(xml)?.[0] ?? '';
  const hits = new Map<string, number>();
  const branches = new Map<string, { covered: number; total: number }>();
  for (const [, fileAttributes = '', body = ''] of project.matchAll(
    /<file\b([^>]*?)(?:\/>|>([\s\S]*?)<\/file>)/g,
  )) {
    const path = (attribute(fileAttributes, 'path') || attribute(fileAttributes, 'name') || '')
      .replaceAll('&amp;', '&')
      .replaceAll('\\', '/');
    const listing = new Map<string, { covered: number; total: number }>();
    for (const [, line = ''] of body.matchAll(/<line\b([^>]*?)\/>/g)) {
      const key = `${path}\n${attribute(line, 'num')}`;
      const count = numberOf(line, 'count');
      const trueCount = numberOf(line, 'truecount') ?? 0;
      const falseCount = numberOf(line, 'falsecount') ?? 0;
      hits.set(key, (hits.get(key) ?? 0) + (count ?? trueCount + falseCount));
      if (attribute(line, 'type') !== 'cond') continue;
      const branch =
        count === undefined
          ? { covered: Number(trueCount > 0) + Number(falseCount > 0), total: 2 }
          : { covered: trueCount, total: trueCount + falseCount };
      const known = listing.get(key) ?? { covered: 0, total: 0 };
      listing.set(key, { covered: known.covered + branch.covered, total: known.total + branch.total });
    }
    for (const [key, count] of listing) {
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
  const counts = [...branches.values()];
  return {
    lines: { covered: [...hits.values()].filter((value) => value > 0).length, total: hits.size },
    branches: {
      covered: counts.reduce((sum, count) => sum + count.covered, 0),
      total: counts.reduce((sum, count) => sum + count.total, 0),
    },
  };
}

describe.skipIf(!hasCorpus)('corpus: Clover reports', () => {
  const files = filesIn('clover');

  it('holds Clover reports', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: detected, parsed, totals match an independent count of its line records', (path) => {
    const xml = readCorpusFile(path);
    expect(cloverParser.detect(headOf(xml))).toBe(true);
    const report = cloverParser.parse(xml, path);
    expect(report.format).toBe('clover');
    expect(report.files.length).toBeGreaterThan(0);
    expect(new Set(report.files.map((file) => file.path)).size).toBe(report.files.length);
    for (const file of report.files) expect(file.path).not.toContain('\\');
    expect(coverageTotals(report.files)).toEqual(referenceTotals(xml));
  });
});

describe.skipIf(!hasCorpus)('corpus: Clover detection refuses every other file', () => {
  const others = folders()
    .filter((folder) => folder !== 'clover')
    .flatMap(filesIn);

  it.each(others)('%s', (path) => {
    expect(cloverParser.detect(headOf(readCorpusFile(path)))).toBe(false);
  });
});
