import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/coverage/coverage-totals.js';
import { lcovParser } from '../../src/core/coverage/parsers/lcov-parser.js';
import type { Ratio } from '../../src/core/model/coverage.js';
import { stripBom } from '../../src/core/text/strip-bom.js';

/** Real reports from public projects, kept outside the project (`../shared/corpus`); never copied in. */
const corpus = new URL('../../../shared/corpus/', import.meta.url);
const hasCorpus = existsSync(corpus);
if (!hasCorpus) console.info(`corpus-lcov: ${corpus.pathname} not found, corpus tests skipped`);

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
 * An independent reading of an LCOV tracefile with regular expressions, sharing no code with the parser: the text
 * is cut before every `SF:` line, so a block runs to the next `SF:` whatever `end_of_record` says. Lines: distinct
 * (file, line) over all `DA` records, hits summed, covered when above 0. Branches: per block, the distinct
 * (line, block, branch) of the `BRDA` records with their largest count; per (file, line), the block listing with
 * more branches, then more covered ones.
 */
function referenceTotals(text: string): { lines: Ratio; branches: Ratio } {
  const hitsByLine = new Map<string, number>();
  const branchesByLine = new Map<string, Ratio>();
  for (const chunk of text.replaceAll('\r', '').split(/^(?=[ \t]*SF:)/m)) {
    const sourceFile = /^[ \t]*SF:(.*)$/m.exec(chunk)?.[1];
    if (sourceFile === undefined) continue;
    const file = sourceFile.trim().replaceAll('\\', '/');
    for (const [, line, count = ''] of chunk.matchAll(/^[ \t]*DA:(\d+),([^,\n]*)/gm)) {
      const key = `${file}\n${line}`;
      hitsByLine.set(key, (hitsByLine.get(key) ?? 0) + Math.floor(Number(count)));
    }
    const takenByBranch = new Map<string, number>();
    for (const [, line, id, count = ''] of chunk.matchAll(/^[ \t]*BRDA:(\d+),(.+),([^,\n]+?)[ \t]*$/gm)) {
      const key = `${file}\n${line}\n${id}`;
      takenByBranch.set(key, Math.max(takenByBranch.get(key) ?? 0, count === '-' ? 0 : Number(count)));
    }
    const blockLines = new Map<string, Ratio>();
    for (const [key, taken] of takenByBranch) {
      const lineKey = key.slice(0, key.lastIndexOf('\n'));
      const count = blockLines.get(lineKey) ?? { covered: 0, total: 0 };
      count.total++;
      if (taken > 0) count.covered++;
      blockLines.set(lineKey, count);
    }
    for (const [lineKey, count] of blockLines) {
      const known = branchesByLine.get(lineKey);
      if (
        !known ||
        count.total > known.total ||
        (count.total === known.total && count.covered > known.covered)
      ) {
        branchesByLine.set(lineKey, count);
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

describe.skipIf(!hasCorpus)('corpus: LCOV tracefiles', () => {
  const files = filesIn('lcov');

  it('holds LCOV tracefiles', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: detected, and totals match an independent count of its records', (path) => {
    const text = readCorpusFile(path);
    expect(lcovParser.detect(headOf(text))).toBe(true);
    const report = lcovParser.parse(text, path);
    expect(report.format).toBe('lcov');
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.files.length).toBe(new Set(text.match(/^[ \t]*SF:.*$/gm)).size);
    for (const file of report.files) expect(file.path).not.toContain('\\');
    const totals = coverageTotals(report.files);
    const reference = referenceTotals(text);
    expect(totals.lines).toEqual(reference.lines);
    expect(totals.branches).toEqual(reference.branches);
  });
});

describe.skipIf(!hasCorpus)('corpus: no other file is taken for LCOV', () => {
  const folders = hasCorpus
    ? readdirSync(corpus).filter((name) => name !== 'lcov' && statSync(new URL(name, corpus)).isDirectory())
    : [];
  const others = folders.sort().flatMap(filesIn);

  it('holds files of other formats', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)('%s', (path) => {
    expect(lcovParser.detect(headOf(readCorpusFile(path)))).toBe(false);
  });
});
