import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { istanbulParser } from '../../src/core/coverage/parsers/istanbul-parser.js';
import { istanbulSummaryParser } from '../../src/core/coverage/parsers/istanbul-summary-parser.js';
import type { Ratio } from '../../src/core/model/coverage.js';

/** Real reports from public projects, kept outside the project (`../shared/corpus`); never copied in. */
const corpus = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.info(`corpus-istanbul: ${corpus.pathname} not found, corpus tests skipped`);

/** Files of the corpus folders, as `folder/name`, sorted. */
function filesIn(folders: readonly string[]): string[] {
  return folders.flatMap((folder) => {
    const url = new URL(`${folder}/`, corpus);
    if (!existsSync(url)) return [];
    return readdirSync(url)
      .filter((name) => statSync(new URL(name, url)).isFile())
      .sort()
      .map((name) => `${folder}/${name}`);
  });
}

const readCorpusFile = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');

/** The folder holds both Istanbul JSON shapes; the json-summary reporter names its file `coverage-summary.json`. */
const isSummaryFile = (path: string): boolean => /coverage-summary[^/]*\.json$/.test(path);
const istanbulFiles = hasCorpus ? filesIn(['istanbul-json']) : [];
const finalFiles = istanbulFiles.filter((path) => !isSummaryFile(path));
const summaryFiles = istanbulFiles.filter(isSummaryFile);
/** Every other coverage report of the corpus, and the deliberate negatives of `other/`. */
const otherCoverageFiles = hasCorpus
  ? filesIn(['cobertura', 'jacoco', 'clover', 'lcov', 'go-cover', 'other'])
  : [];
/** The rest of the corpus (SARIF, JSON scanner and tracker exports...): JSON objects that are not coverage. */
const nonCoverageFiles = hasCorpus
  ? filesIn(
      readdirSync(corpus)
        .filter((name) => statSync(new URL(name, corpus)).isDirectory())
        .filter(
          (name) =>
            !['istanbul-json', 'cobertura', 'jacoco', 'clover', 'lcov', 'go-cover', 'other'].includes(name),
        )
        .sort(),
    )
  : [];

const sum = (ratios: Iterable<Ratio>): Ratio => {
  const total = { covered: 0, total: 0 };
  for (const ratio of ratios) {
    total.covered += ratio.covered;
    total.total += ratio.total;
  }
  return total;
};

/**
 * An independent reading of a coverage-final.json with regular expressions over the raw text, sharing no code with
 * the parser. It relies on the layout Istanbul writers use: each file object starts with `"path"`; statement
 * locations are the only `"<id>":{"start":{"line":N` records; branch records start with `"<id>":{"loc":{"start":
 * {"line":N`; `s` and `b` are flat. Lines: distinct start lines of statements, covered when some statement
 * starting there has a count above 0. Branches: one per count in `b`, covered when above 0.
 */
function referenceFinalTotals(text: string): { files: number; lines: Ratio; branches: Ratio } {
  const chunks = text.split(/"path"\s*:\s*"/).slice(1);
  const lines = new Map<string, boolean>();
  const branches: Ratio = { covered: 0, total: 0 };
  for (const chunk of chunks) {
    const path = /^((?:[^"\\]|\\.)*)"/.exec(chunk)?.[1] ?? '';
    const counts = /"s"\s*:\s*\{([^}]*)\}/.exec(chunk)?.[1] ?? '';
    const countOf = new Map([...counts.matchAll(/"(\d+)"\s*:\s*(\d+)/g)].map(([, id, n]) => [id, Number(n)]));
    for (const [, id, line] of chunk.matchAll(/"(\d+)"\s*:\s*\{\s*"start"\s*:\s*\{\s*"line"\s*:\s*(\d+)/g)) {
      const key = `${path}\n${line}`;
      lines.set(key, (lines.get(key) ?? false) || (countOf.get(id ?? '') ?? 0) > 0);
    }
    const armLists = /"b"\s*:\s*\{((?:[^{}[\]]|\[[^\]]*\])*)\}/.exec(chunk)?.[1] ?? '';
    for (const [, arms = ''] of armLists.matchAll(/"\d+"\s*:\s*\[([^\]]*)\]/g)) {
      for (const arm of arms.split(',').filter((value) => value.trim() !== '')) {
        branches.total++;
        if (Number(arm) > 0) branches.covered++;
      }
    }
  }
  const coveredLines = [...lines.values()].filter(Boolean).length;
  return { files: chunks.length, lines: { covered: coveredLines, total: lines.size }, branches };
}

/**
 * An independent reading of a coverage-summary.json: per file key other than `total`, the `total` and `covered`
 * of its `lines` and `branches` objects, found by regular expressions over the raw text.
 */
function referenceSummaryTotals(text: string): { files: number; lines: Ratio; branches: Ratio } {
  const metric = (body: string, name: string): Ratio => {
    const counts = new RegExp(`"${name}"\\s*:\\s*\\{([^}]*)\\}`).exec(body)?.[1] ?? '';
    return {
      total: Number(/"total"\s*:\s*(\d+)/.exec(counts)?.[1]),
      covered: Number(/"covered"\s*:\s*(\d+)/.exec(counts)?.[1]),
    };
  };
  const entries = [
    ...text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:\s*\{\s*"lines"((?:[^{}]|\{[^{}]*\})*)\}/g),
  ].filter(([, key]) => key !== 'total');
  return {
    files: entries.length,
    lines: sum(entries.map(([, , body = '']) => metric(`"lines"${body}`, 'lines'))),
    branches: sum(entries.map(([, , body = '']) => metric(body, 'branches'))),
  };
}

describe.skipIf(!hasCorpus)('corpus: Istanbul coverage-final.json', () => {
  it('holds coverage-final.json reports', () => {
    expect(finalFiles.length).toBeGreaterThan(0);
  });

  it.each(finalFiles)('%s: detected, and totals match an independent count of its records', (path) => {
    const text = readCorpusFile(path);
    expect(istanbulParser.detect(text.slice(0, 8192))).toBe(true);
    expect(istanbulSummaryParser.detect(text.slice(0, 8192))).toBe(false);
    const report = istanbulParser.parse(text, path);
    expect(report.format).toBe('istanbul');
    expect(new Set(report.files.map((file) => file.path)).size).toBe(report.files.length);
    for (const file of report.files) expect(file.path).not.toContain('\\');
    const reference = referenceFinalTotals(text);
    expect(report.files).toHaveLength(reference.files);
    expect(coverageTotals(report.files)).toEqual({ lines: reference.lines, branches: reference.branches });
  });
});

describe.skipIf(!hasCorpus)('corpus: Istanbul coverage-summary.json', () => {
  it('holds coverage-summary.json reports', () => {
    expect(summaryFiles.length).toBeGreaterThan(0);
  });

  it.each(summaryFiles)('%s: detected, and totals match its per-file counts', (path) => {
    const text = readCorpusFile(path);
    expect(istanbulSummaryParser.detect(text.slice(0, 8192))).toBe(true);
    expect(istanbulParser.detect(text.slice(0, 8192))).toBe(false);
    const report = istanbulSummaryParser.parse(text, path);
    expect(report).toMatchObject({ format: 'istanbul-summary', totalsOnly: true });
    for (const file of report.files) {
      expect(file.path).not.toContain('\\');
      expect(file.lines.size).toBe(0);
      expect(file.branches).toBeNull();
    }
    const reference = referenceSummaryTotals(text);
    expect(report.files).toHaveLength(reference.files);
    const totals = coverageTotals(report.files);
    expect(totals).toEqual({ lines: reference.lines, branches: reference.branches });
    // Not read by the parser: the report's own `total` entry agrees with the sum of its files.
    const stated = JSON.parse(text) as { total?: { lines?: Ratio; branches?: Ratio } };
    if (stated.total?.lines) expect(totals.lines).toEqual(pickRatio(stated.total.lines));
    if (stated.total?.branches) expect(totals.branches).toEqual(pickRatio(stated.total.branches));
  });
});

const pickRatio = ({ covered, total }: Ratio): Ratio => ({ covered, total });

describe.skipIf(!hasCorpus)('corpus: other coverage formats are not taken for Istanbul', () => {
  it('holds other coverage formats', () => {
    expect(otherCoverageFiles.length).toBeGreaterThan(0);
  });

  it.each(otherCoverageFiles)('%s', (path) => {
    const head = readCorpusFile(path).slice(0, 8192);
    expect(istanbulParser.detect(head)).toBe(false);
    expect(istanbulSummaryParser.detect(head)).toBe(false);
  });
});

describe.skipIf(!hasCorpus)('corpus: reports that are not coverage are not taken for Istanbul', () => {
  it.each(nonCoverageFiles)('%s', (path) => {
    const head = readCorpusFile(path).slice(0, 8192);
    expect(istanbulParser.detect(head)).toBe(false);
    expect(istanbulSummaryParser.detect(head)).toBe(false);
  });
});
