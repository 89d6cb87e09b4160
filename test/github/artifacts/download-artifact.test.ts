import { strToU8, zipSync } from 'fflate';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readZipReports } from '../../../src/core/artifacts/read-zip-reports.js';
import { DEFAULT_ZIP_LIMITS } from '../../../src/core/artifacts/zip-limits.js';
import { InputError } from '../../../src/core/errors/input-error.js';
import { downloadArtifact } from '../../../src/github/artifacts/download-artifact.js';
import { createGithubClient } from '../../../src/github/create-github-client.js';
import { GitHubApiError } from '../../../src/github/github-api-error.js';

const API = 'https://api.github.com';
const STORAGE = 'https://productionresultssa0.blob.core.windows.net';
const ZIP = '/repos/octo/shop/actions/artifacts/42/zip';
const BLOB = '/actions-results/abc/coverage.zip';

const client = () =>
  createGithubClient({
    token: 'ghs_secret',
    fetch: globalThis.fetch,
    secondMs: 1,
    spaceWrites: false,
    retries: 0,
  });

const redirect = () =>
  nock(API, { reqheaders: { authorization: 'token ghs_secret' } })
    .get(ZIP)
    .reply(302, '', { Location: `${STORAGE}${BLOB}?sig=signed` });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('downloadArtifact', () => {
  it('follows the redirect to storage without the token and returns the zip, ready to read', async () => {
    const zip = zipSync({ coverage: { 'lcov.info': strToU8('SF:src/a.ts\nDA:1,1\nend_of_record\n') } });
    const api = redirect();
    const storage = nock(STORAGE, { badheaders: ['authorization'] })
      .get(BLOB)
      .query({ sig: 'signed' })
      .reply(200, Buffer.from(zip), { 'content-type': 'application/zip' });

    const bytes = await downloadArtifact(client(), { owner: 'octo', repo: 'shop', artifactId: 42 });

    expect(api.isDone() && storage.isDone()).toBe(true);
    expect(readZipReports(bytes, DEFAULT_ZIP_LIMITS, 'artifact coverage').files).toEqual([
      { path: 'coverage/lcov.info', text: 'SF:src/a.ts\nDA:1,1\nend_of_record\n' },
    ]);
  });

  it('refuses a download whose content-length is over the limit', async () => {
    redirect();
    nock(STORAGE)
      .get(BLOB)
      .query(true)
      .reply(200, Buffer.alloc(2 * 1024 * 1024), {
        'content-type': 'application/zip',
        'content-length': String(2 * 1024 * 1024),
      });

    const error = await downloadArtifact(client(), {
      owner: 'octo',
      repo: 'shop',
      artifactId: 42,
      name: 'coverage',
      maxBytes: 1024 * 1024,
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'artifact coverage (id 42): download of 2 MB is over the 1 MB limit; refused',
    );
  });

  it('cuts off a streamed download once it passes the limit, without reading the rest', async () => {
    // nock buffers a mocked body whole, so a fetch of our own stands for the one that followed the redirect: a
    // storage server streaming zeros without end, and without content-length.
    let pulled = 0;
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled += 1;
            controller.enqueue(new Uint8Array(64 * 1024));
          },
        }),
        { status: 200, headers: { 'content-type': 'application/zip' } },
      );
    const streaming = createGithubClient({
      token: 't',
      fetch: async () => endless(),
      retries: 0,
      spaceWrites: false,
    });

    const error = await downloadArtifact(streaming, {
      owner: 'octo',
      repo: 'shop',
      artifactId: 42,
      maxBytes: 1024 * 1024,
    }).catch((e: unknown) => e);

    expect((error as Error).message).toBe('artifact 42: download passed the 1 MB limit; refused');
    expect(pulled).toBeLessThan(20);
  });

  it('an expired artifact (410) is a GitHubApiError', async () => {
    nock(API).get(ZIP).reply(410, { message: 'Artifact has expired' });

    const error = await downloadArtifact(client(), { owner: 'octo', repo: 'shop', artifactId: 42 }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toBe(
      'GitHub API: 410 on octo/shop workflow artifacts: it is gone or disabled (GitHub said: Artifact has expired)',
    );
  });
});
