import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGonogoHandler } from '../../src/app/serverless.js';
import { githubHeaders, serve, testProbot } from './webhook-support.js';

let closeServer: (() => Promise<void>) | undefined;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

const ping = JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 7 });

describe('createGonogoHandler', () => {
  it('serves the gonogo App on the Probot’s webhook path and verifies signatures', async () => {
    const logLines: string[] = [];
    const server = await serve(createGonogoHandler(testProbot(logLines, '/hooks')));
    closeServer = server.close;

    const good = await fetch(`${server.url}/hooks`, {
      method: 'POST',
      headers: githubHeaders('ping', ping),
      body: ping,
    });
    const forged = await fetch(`${server.url}/hooks`, {
      method: 'POST',
      headers: githubHeaders('ping', ping, 'guessed-secret'),
      body: ping,
    });
    const defaultPath = await fetch(`${server.url}/api/github/webhooks`, {
      method: 'POST',
      headers: githubHeaders('ping', ping),
      body: ping,
    });

    expect([good.status, forged.status, defaultPath.status]).toEqual([200, 400, 404]);
  });
});
