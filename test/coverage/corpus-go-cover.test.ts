import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { goCoverParser } from '../../src/core/coverage/parsers/go-cover-parser.js';
import type { Ratio } from '../../src/core/model/coverage.js';
import { stripBom } from '../../src/core/text/strip-bom.js';

/** Real reports from public projects, kept outside the project (`../shared/corpus`); never copied in. */
const corpus = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.info(`corpus-go-cover: ${corpus.pathname} not found, corpus tests skipped`);

function filesIn(folder: string): string[] {
  const url = new URL(`${folder}/`, corpus);
  if (!existsSync(url)) return [];
  return readdirSync(url)
    .filter((name) => statSync(new URL(name, url)).isFile())
    .sort()
    .map((name) => `${folder}/${name}`);
}

const readCorpusFile = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');

/** What `parseCoverage` hands to `detect`: the first 8 KB, without a BOM. */
const headOf = (text: string): string => stripBom(text).slice(0, 8192);

/**
 * An independent reading of a Go coverprofile with one regular expression over the whole text, sharing no code
 * with the parser. Lines: every line of every block with statements, hits summed per (file, line), covered when
 * above 0. Statements per file: distinct (file, position) blocks, covered when any listing has a count above 0.
 */
function referenceTotals(text: string): { lines: Ratio; statements: Map<string, Ratio> } {
  const hitsByLine = new Map<string, number>();
  const blocks = new Map<string, { file: string; statements: number; covered: boolean }>();
  for (const [, file = '', position, start, end, statements, count] of text.matchAll(
    /^(.+):((\d+)\.\d+,(\d+)\.\d+) (\d+) (\d+)\r?$/gm,
  )) {
    const key = `${file}\n${position}`;
    const known = blocks.get(key);
    blocks.set(key, {
      file,
      statements: Number(statements),
      covered: (known?.covered ?? false) || Number(count) > 0,
    });
    if (Number(statements) === 0) continue;
    for (let line = Number(start); line <= Number(end); line++) {
      const lineKey = `${file}\n${line}`;
      hitsByLine.set(lineKey, (hitsByLine.get(lineKey) ?? 0) + Number(count));
    }
  }
  const statements = new Map<string, Ratio>();
  for (const block of blocks.values()) {
    const ratio = statements.get(block.file) ?? { covered: 0, total: 0 };
    ratio.total += block.statements;
    if (block.covered) ratio.covered += block.statements;
    statements.set(block.file, ratio);
  }
  return {
    lines: { covered: [...hitsByLine.values()].filter((hits) => hits > 0).length, total: hitsByLine.size },
    statements,
  };
}

describe.skipIf(!hasCorpus)('corpus: Go coverprofiles', () => {
  const files = filesIn('go-cover');

  it('holds Go coverprofiles', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: detected, and totals match an independent count of its blocks', (path) => {
    const text = readCorpusFile(path);
    expect(goCoverParser.detect(headOf(text))).toBe(true);
    const report = goCoverParser.parse(text, path);
    expect(report.format).toBe('go-cover');
    expect(report.files.length).toBeGreaterThan(0);
    const reference = referenceTotals(text);
    expect(coverageTotals(report.files)).toEqual({ lines: reference.lines, branches: null });
    expect(new Map(report.files.map((file) => [file.path, file.statements]))).toEqual(reference.statements);
  });
});

describe.skipIf(!hasCorpus)('corpus: no other file is taken for a Go coverprofile', () => {
  const folders = hasCorpus
    ? readdirSync(corpus).filter(
        (name) => name !== 'go-cover' && statSync(new URL(name, corpus)).isDirectory(),
      )
    : [];
  const others = folders.sort().flatMap(filesIn);

  it('holds files of other formats', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)('%s', (path) => {
    expect(goCoverParser.detect(headOf(readCorpusFile(path)))).toBe(false);
  });
});
