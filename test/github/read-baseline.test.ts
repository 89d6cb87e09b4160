import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeBaseline } from '../../src/core/publish/baseline.js';
import type { Baseline } from '../../src/core/publish/baseline.js';
import { createGithubClient } from '../../src/github/create-github-client.js';
import { readBaseline } from '../../src/github/read-baseline.js';

const API = 'https://api.github.com';
const SHA = 'ba5e'.padEnd(40, '0');
const LIST = `/repos/octo/shop/commits/${SHA}/check-runs`;

const client = () =>
  createGithubClient({ token: 'test', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false });

const BASELINE: Baseline = {
  version: 1,
  sha: SHA,
  coverage: { 'src/a.ts': [8, 10] },
  fingerprints: ['abc'],
};

const checkRun = (id: number, text: string | null) => ({
  id,
  name: 'gonogo',
  status: 'completed',
  conclusion: 'success',
  url: `${API}/repos/octo/shop/check-runs/${id}`,
  html_url: `https://github.com/octo/shop/runs/${id}`,
  output: { title: 'Go', summary: 's', text, annotations_count: 0, annotations_url: '' },
});

const answer = (...runs: ReturnType<typeof checkRun>[]) =>
  nock(API)
    .get(LIST)
    .query({ check_name: 'gonogo', filter: 'latest', per_page: '100' })
    .reply(200, { total_count: runs.length, check_runs: runs });

const read = () => readBaseline(client(), { owner: 'octo', repo: 'shop', sha: SHA, checkName: 'gonogo' });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('readBaseline', () => {
  it('decodes the baseline of the newest run that holds one', async () => {
    const scope = answer(
      checkRun(41, '<!-- gonogo:annotations:0123456789abcdef -->'),
      checkRun(40, `<!-- gonogo:annotations:0123456789abcdef -->\n${encodeBaseline(BASELINE)}`),
    );
    expect(await read()).toEqual({ ...BASELINE, complete: true, omitted: [] });
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    ['no check run', [], 'no "gonogo" check run on ba5e000'],
    [
      'a run without a baseline',
      [checkRun(42, null)],
      'the "gonogo" check run on ba5e000 holds no baseline (baselines are recorded on pushes to the default branch)',
    ],
    [
      'a corrupt baseline',
      [checkRun(43, '<!-- gonogo:baseline:v1:@@ -->')],
      'corrupt gonogo baseline: not base64',
    ],
    [
      'a baseline of another commit',
      [checkRun(44, encodeBaseline({ ...BASELINE, sha: 'f'.repeat(40) }))],
      `the baseline on ba5e000 is for another commit (${'f'.repeat(40)})`,
    ],
  ])('says what is missing for %s', async (_case, runs, missing) => {
    const scope = answer(...runs);
    expect(await read()).toEqual({ missing });
    expect(scope.isDone()).toBe(true);
  });

  it('reports an API error as missing, not as a throw', async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });
    const result = await read();
    expect(scope.isDone()).toBe(true);
    expect(result).toEqual({
      missing:
        'GitHub API: 403 on octo/shop check runs: the token may not read check runs (it needs the "checks: read" permission) (GitHub said: Resource not accessible by integration)',
    });
  });
});
