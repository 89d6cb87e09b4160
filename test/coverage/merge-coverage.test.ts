import { describe, expect, it } from 'vitest';
import { lineTotals, branchTotals } from '../../src/core/coverage/coverage-totals.js';
import { mergeCoverage } from '../../src/core/coverage/merge-coverage.js';
import { parseCoverage } from '../../src/core/coverage/parse-coverage.js';

const lcov = (body: string) => parseCoverage(`TN:\nSF:src/a.ts\n${body}end_of_record\n`, 'a.info');

describe('mergeCoverage', () => {
  it('merges reports of split test jobs: one coverable line per (file, line), hits added', () => {
    const merged = mergeCoverage([lcov('DA:1,0\nDA:2,3\n'), lcov('DA:1,2\nDA:3,0\n')]);
    const file = merged.get('src/a.ts');
    expect(new Map(file?.lines)).toEqual(
      new Map([
        [1, 2],
        [2, 3],
        [3, 0],
      ]),
    );
    expect(file && lineTotals(file)).toEqual({ covered: 2, total: 3 });
  });

  it('keeps branches on lines without a line count, without making those lines coverable', () => {
    const merged = mergeCoverage([lcov('DA:1,1\nBRDA:5,0,0,1\nBRDA:5,0,1,-\n'), lcov('DA:1,1\n')]);
    const file = merged.get('src/a.ts');
    expect(file && lineTotals(file)).toEqual({ covered: 1, total: 1 });
    expect(file && branchTotals(file)).toEqual({ covered: 1, total: 2 });
  });
});

describe('Go blocks', () => {
  it('refuses a block spanning an absurd number of lines instead of expanding it', () => {
    expect(() => parseCoverage('mode: set\nexample.com/m/a.go:1.1,5000000.2 1 1\n', 'c.out')).toThrow(
      /block 1\.1,5000000\.2 spans 5000000 lines \(more than 100000\)/,
    );
  });
});
