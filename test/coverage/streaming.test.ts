import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openCoverageStream, parseCoverage } from '../../src/core/coverage/parse-coverage.js';
import type { CoverageReport } from '../../src/core/model/coverage.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/coverage/${name}`, import.meta.url)), 'utf8').replace(
    /^\uFEFF/,
    '',
  );

/** A report's content in a comparable shape. */
const snapshot = (report: CoverageReport) =>
  report.files.map((file) => ({
    path: file.path,
    lines: [...file.lines],
    branches: [...(file.branches ?? [])],
  }));

function streamed(text: string, size: number): CoverageReport {
  const stream = openCoverageStream(text.slice(0, 8192), 'streamed');
  for (let start = 0; start < text.length; start += size) stream.write(text.slice(start, start + size));
  return stream.end();
}

describe('streamed reading', () => {
  it.each([
    'cobertura-split-class.xml',
    'cobertura-methods-only.xml',
    'lcov-branches.info',
    'lcov-duplicate-sf.info',
  ])('%s gives the same report in chunks of any size as whole', (name) => {
    const text = fixture(name);
    const whole = snapshot(parseCoverage(text, 'streamed'));
    for (const size of [1, 2, 3, 7, 13, 64, 1000]) expect(snapshot(streamed(text, size))).toEqual(whole);
  });

  it('refuses a Cobertura report cut off in the middle, naming what is left open', () => {
    const text = fixture('cobertura-split-class.xml');
    const cut = text.slice(0, Math.floor(text.length / 2));
    expect(() => streamed(cut, 64)).toThrow(
      /streamed:\d+:\d+: malformed XML: (unexpected end of file|unterminated)/,
    );
  });
});
