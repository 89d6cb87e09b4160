import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listRunArtifacts } from '../../../src/github/artifacts/list-run-artifacts.js';
import { createGithubClient } from '../../../src/github/create-github-client.js';
import { GitHubApiError } from '../../../src/github/github-api-error.js';

const API = 'https://api.github.com';
const SHA = 'a'.repeat(40);
const RUNS = '/repos/octo/shop/actions/runs';

const client = () =>
  createGithubClient({ token: 't', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false, retries: 0 });

const run = (id: number, name: string, file: string, conclusion = 'success') => ({
  id,
  name,
  path: `.github/workflows/${file}`,
  head_sha: SHA,
  status: 'completed',
  conclusion,
});

const artifact = (id: number, name: string, expired = false) => ({
  id,
  name,
  size_in_bytes: id * 100,
  expired,
  archive_download_url: `${API}/repos/octo/shop/actions/artifacts/${id}/zip`,
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('listRunArtifacts', () => {
  it("lists every page of each completed run's artifacts, expired ones apart", async () => {
    const scope = nock(API)
      .get(RUNS)
      .query({ head_sha: SHA, status: 'completed', per_page: '100' })
      .reply(200, {
        total_count: 2,
        workflow_runs: [run(11, 'CI', 'ci.yml'), run(12, 'Scan', 'scan.yml', 'failure')],
      })
      .get(`${RUNS}/11/artifacts`)
      .query({ per_page: '100' })
      .reply(
        200,
        { total_count: 2, artifacts: [artifact(1, 'coverage')] },
        {
          Link: `<${API}/repositories/9/actions/runs/11/artifacts?per_page=100&page=2>; rel="next"`,
        },
      )
      .get('/repositories/9/actions/runs/11/artifacts')
      .query({ per_page: '100', page: '2' })
      .reply(200, { total_count: 2, artifacts: [artifact(2, 'old-coverage', true)] })
      .get(`${RUNS}/12/artifacts`)
      .query({ per_page: '100' })
      .reply(200, { total_count: 1, artifacts: [artifact(3, 'sarif')] });

    const result = await listRunArtifacts(client(), { owner: 'octo', repo: 'shop', headSha: SHA });

    expect(scope.isDone()).toBe(true);
    const ci = { id: 11, name: 'CI', path: '.github/workflows/ci.yml', conclusion: 'success' };
    const scan = { id: 12, name: 'Scan', path: '.github/workflows/scan.yml', conclusion: 'failure' };
    expect(result).toEqual({
      runs: [ci, scan],
      artifacts: [
        { id: 1, name: 'coverage', sizeInBytes: 100, expired: false, run: ci },
        { id: 3, name: 'sarif', sizeInBytes: 300, expired: false, run: scan },
      ],
      expired: [{ id: 2, name: 'old-coverage', sizeInBytes: 200, expired: true, run: ci }],
    });
  });

  it('keeps only the named workflows, by name, file or path', async () => {
    const runs = [run(11, 'CI', 'ci.yml'), run(12, 'Scan', 'scan.yml'), run(13, 'Docs', 'docs.yml')];
    const scope = nock(API)
      .get(RUNS)
      .query(true)
      .reply(200, { total_count: 3, workflow_runs: runs })
      .get(`${RUNS}/11/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [artifact(1, 'coverage')] })
      .get(`${RUNS}/12/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [artifact(3, 'sarif')] });

    const result = await listRunArtifacts(client(), {
      owner: 'octo',
      repo: 'shop',
      headSha: SHA,
      workflows: ['CI', 'scan.yml'],
    });

    expect(scope.isDone()).toBe(true);
    expect(result.runs.map((r) => r.name)).toEqual(['CI', 'Scan']);
    expect(result.artifacts.map((a) => a.name)).toEqual(['coverage', 'sarif']);
  });

  it('a 403 is a GitHubApiError pointing at the "actions: read" permission', async () => {
    const scope = nock(API)
      .get(RUNS)
      .query(true)
      .reply(403, { message: 'Resource not accessible by integration' });

    const error = await listRunArtifacts(client(), { owner: 'octo', repo: 'shop', headSha: SHA }).catch(
      (e: unknown) => e,
    );

    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toBe(
      'GitHub API: 403 on octo/shop workflow artifacts: the token may not read workflow runs and their artifacts ' +
        '(it needs the "actions: read" permission) (GitHub said: Resource not accessible by integration)',
    );
  });
});
