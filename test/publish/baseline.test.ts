import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASELINE_MAX_LENGTH, decodeBaseline, encodeBaseline } from '../../src/core/publish/baseline.js';
import type { Baseline } from '../../src/core/publish/baseline.js';

const SHA = 'c0ffee'.padEnd(40, '0');
const WORDS = ['api', 'core', 'billing', 'ingest', 'auth', 'ui', 'components', 'utils', 'models', 'services'];

/** A repository of `files` files across packages and folders, like a large monorepo's coverage. */
function synthetic(files: number, findings: number, withBranches = false): Baseline {
  const coverage: Baseline['coverage'] = {};
  const branches: NonNullable<Baseline['branches']> = {};
  for (let index = 0; index < files; index += 1) {
    const path = `packages/${WORDS[index % 10]}-${index % 37}/src/${WORDS[(index * 7) % 10]}/${WORDS[(index * 3) % 10]}-module-${index}.ts`;
    coverage[path] = [(index * 37) % 400, 400 + (index % 100)];
    branches[path] = [(index * 11) % 60, 60 + (index % 13)];
  }
  const fingerprints = Array.from({ length: findings }, (_, index) =>
    createHash('sha256').update(String(index)).digest('hex').slice(0, 32),
  );
  return { version: 1, sha: SHA, coverage, ...(withBranches ? { branches } : {}), fingerprints };
}

describe('encodeBaseline / decodeBaseline', () => {
  it('round-trips a baseline through a hidden marker', () => {
    const baseline: Baseline = {
      version: 1,
      sha: SHA,
      coverage: { 'src/b.ts': [1, 4], 'src/a.ts': [3, 3] },
      branches: { 'src/b.ts': [0, 2], 'src/a.ts': [1, 1] },
      fingerprints: ['f2', 'f1', 'f1'],
    };
    const text = encodeBaseline(baseline);
    expect(text).toMatch(/^<!-- gonogo:baseline:v1:[A-Za-z0-9+/=]+ -->$/);
    expect(decodeBaseline(`# Report\n\n${text}\n`)).toEqual({
      ...baseline,
      fingerprints: ['f1', 'f2'],
      complete: true,
      omitted: [],
    });
  });

  it('fits a 5,000-file repository with 1,000 findings in a check run text', () => {
    const baseline = synthetic(5000, 1000);
    const text = encodeBaseline(baseline);
    expect(text.length).toBeLessThanOrEqual(BASELINE_MAX_LENGTH);
    // What it measures, for the record: the whole 5,000 files' coverage and every fingerprint.
    const decoded = decodeBaseline(text);
    expect(decoded?.complete).toBe(true);
    expect(Object.keys(decoded?.coverage ?? {})).toHaveLength(5000);
    expect(decoded?.fingerprints).toHaveLength(1000);
  });

  it('drops whole families, branches first, and records it rather than overflow', () => {
    // Coverage of 5,000 files takes ~30 KB encoded (~37 KB with branches), 1,000 fingerprints ~25 KB.
    const text = encodeBaseline(synthetic(5000, 1000, true));
    expect(text.length).toBeLessThanOrEqual(BASELINE_MAX_LENGTH);
    const decoded = decodeBaseline(text);
    expect(decoded).toMatchObject({ complete: false, omitted: ['branches'] });
    expect(decoded?.branches).toBeUndefined();
    expect(Object.keys(decoded?.coverage ?? {})).toHaveLength(5000);
  });

  it('keeps the fingerprints over the coverage when only one fits', () => {
    const baseline = synthetic(20_000, 1000, true);
    const text = encodeBaseline(baseline);
    expect(text.length).toBeLessThanOrEqual(BASELINE_MAX_LENGTH);
    const decoded = decodeBaseline(text);
    expect(decoded).toMatchObject({ complete: false, omitted: ['branches', 'coverage'] });
    expect(decoded?.coverage).toEqual({});
    expect(decoded?.fingerprints).toHaveLength(1000);
  });

  it('returns null when there is no marker', () => {
    expect(decodeBaseline('## Readiness\n\nno baseline here')).toBeNull();
  });

  it.each([
    ['cut short', '<!-- gonogo:baseline:v1:H4sIAAAA', /not closed/],
    ['not base64', '<!-- gonogo:baseline:v1:@@@ -->', /corrupt gonogo baseline: not base64/],
    [
      'not gzip',
      `<!-- gonogo:baseline:v1:${Buffer.from('plain').toString('base64')} -->`,
      /corrupt gonogo baseline/,
    ],
    [
      'not a baseline',
      `<!-- gonogo:baseline:v1:${gzipSync(JSON.stringify({ version: 1, sha: SHA })).toString('base64')} -->`,
      /corrupt gonogo baseline/,
    ],
  ])('throws a clear error for a marker that is %s', (_case, text, message) => {
    expect(() => decodeBaseline(text)).toThrow(message);
  });
});
