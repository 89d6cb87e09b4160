import { request } from 'node:http';
import nock from 'nock';
import type { Probot } from 'probot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebhookHandler, type WebhookHandlerOptions } from '../../src/app/webhook-handler.js';
import { githubHeaders, serve, sign, testProbot } from './webhook-support.js';

const PATH = '/api/github/webhooks';

/** What the test App saw: one entry per event its handlers ran for. */
let seen: { name: string; payload: Record<string, unknown> }[];
/** Released by a test to let the `slow` issue handler finish. */
let releaseSlow: () => void;
let logLines: string[];
let probot: Probot;
let closeServer: (() => Promise<void>) | undefined;

beforeAll(() => {
  // Handlers here make no GitHub calls; any attempt fails the test instead of reaching the network.
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());

beforeEach(async () => {
  seen = [];
  logLines = [];
  probot = testProbot(logLines);
  const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
  await probot.load((app) => {
    app.on('ping', async (context) => {
      seen.push({ name: context.name, payload: context.payload as unknown as Record<string, unknown> });
    });
    app.on('issues.opened', async (context) => {
      const title = context.payload.issue.title;
      if (title.startsWith('slow')) await slow;
      if (title.endsWith('crash')) throw new Error('boom: token ghs_leak at handler (/srv/app.js:12:7)');
      seen.push({ name: context.name, payload: context.payload as unknown as Record<string, unknown> });
    });
  });
});

afterEach(async () => {
  releaseSlow();
  await closeServer?.();
  closeServer = undefined;
});

async function start(options: WebhookHandlerOptions = {}): Promise<string> {
  const server = await serve(createWebhookHandler(probot, options));
  closeServer = server.close;
  return server.url;
}

async function post(url: string, body: string | Buffer, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

const ping = JSON.stringify({ zen: 'Design for failure.', hook_id: 7 });
const opened = (title: string) =>
  JSON.stringify({ action: 'opened', issue: { number: 1, title }, repository: { full_name: 'octo/shop' } });

describe('createWebhookHandler', () => {
  it('answers 200 to a correctly signed delivery after the handler saw its payload', async () => {
    const url = await start();

    const { status, text } = await post(`${url}${PATH}`, ping, githubHeaders('ping', ping));

    expect({ status, text }).toEqual({ status: 200, text: 'ok\n' });
    expect(seen).toEqual([{ name: 'ping', payload: { zen: 'Design for failure.', hook_id: 7 } }]);
  });

  it('verifies the exact bytes received, whitespace and non-ASCII included', async () => {
    const url = await start();
    const raw = Buffer.from('\n  { "zen" : "caf\u00e9 \u2615",\t"hook_id":7 }  \n', 'utf8');

    const { status } = await post(`${url}${PATH}/`, raw, githubHeaders('ping', raw));

    expect(status).toBe(200);
    expect(seen[0]?.payload).toEqual({ zen: 'caf\u00e9 \u2615', hook_id: 7 });
  });

  it('answers 400 to a bad signature without running any handler or echoing the secret', async () => {
    const url = await start();

    const { status, text } = await post(
      `${url}${PATH}`,
      ping,
      githubHeaders('ping', ping, 'some-other-secret'),
    );

    expect({ status, text }).toEqual({ status: 400, text: 'signature does not match\n' });
    expect(seen).toEqual([]);
    expect(logLines.join('\n')).toContain('signature does not match; check WEBHOOK_SECRET');
    expect(logLines.join('\n')).not.toContain('whsec-loopback');
  });

  it('answers 400 to a signature over a different body', async () => {
    const url = await start();
    const headers = githubHeaders('ping', ping);

    const { status } = await post(`${url}${PATH}`, ping.replace('7', '8'), headers);

    expect(status).toBe(400);
    expect(seen).toEqual([]);
  });

  it('answers 400 naming a missing webhook header', async () => {
    const url = await start();
    const headers = githubHeaders('ping', ping);
    delete headers['x-hub-signature-256'];

    const { status, text } = await post(`${url}${PATH}`, ping, headers);

    expect({ status, text }).toEqual({ status: 400, text: 'missing header: x-hub-signature-256\n' });
    expect(seen).toEqual([]);
  });

  it('answers 405 to a GET on the webhook path and 404 elsewhere', async () => {
    const url = await start();

    const get = await fetch(`${url}${PATH}`);
    const elsewhere = await post(`${url}/api/github/other`, ping, githubHeaders('ping', ping));

    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(elsewhere.status).toBe(404);
    expect(seen).toEqual([]);
  });

  it('answers on a configured path only', async () => {
    const url = await start({ path: '/hooks/github' });

    const onDefault = await post(`${url}${PATH}`, ping, githubHeaders('ping', ping));
    const onConfigured = await post(`${url}/hooks/github?source=test`, ping, githubHeaders('ping', ping));

    expect([onDefault.status, onConfigured.status]).toEqual([404, 200]);
  });

  it('answers 413 to a body declared larger than the limit', async () => {
    const url = await start({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ zen: 'x'.repeat(4096) });

    const { status, text } = await post(`${url}${PATH}`, big, githubHeaders('ping', big));

    expect({ status, text }).toEqual({ status: 413, text: 'payload larger than 1024 bytes\n' });
    expect(seen).toEqual([]);
  });

  it('answers 413 to a chunked body that grows past the limit', async () => {
    const url = new URL(await start({ maxBodyBytes: 1024 }));
    const big = JSON.stringify({ zen: 'x'.repeat(4096) });

    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: PATH,
          method: 'POST',
          headers: githubHeaders('ping', big),
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.write(big.slice(0, 512)); // no content-length: Node sends it chunked
      req.end(big.slice(512));
    });

    expect(status).toBe(413);
    expect(seen).toEqual([]);
  });

  it('answers 400 to a correctly signed body that is not JSON', async () => {
    const url = await start();
    const body = '{"zen": "unterminated';

    const { status, text } = await post(`${url}${PATH}`, body, githubHeaders('ping', body));

    expect({ status, text }).toEqual({ status: 400, text: 'body is not valid JSON\n' });
    expect(seen).toEqual([]);
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const url = await start();
    const body = Buffer.from([0x7b, 0xff, 0x7d]);

    const { status, text } = await post(`${url}${PATH}`, body, githubHeaders('ping', body));

    expect({ status, text }).toEqual({ status: 400, text: 'body is not UTF-8\n' });
  });

  it('decodes a form-encoded payload, verifying the signature over the form body', async () => {
    const url = await start();
    const form = `payload=${encodeURIComponent(ping)}`;
    const headers = { ...githubHeaders('ping', form), 'content-type': 'application/x-www-form-urlencoded' };

    const { status } = await post(`${url}${PATH}`, form, headers);

    expect(status).toBe(200);
    expect(seen).toEqual([{ name: 'ping', payload: { zen: 'Design for failure.', hook_id: 7 } }]);
  });

  it('answers 400 to a form body without a payload field', async () => {
    const url = await start();
    const form = 'zen=hello';
    const headers = { ...githubHeaders('ping', form), 'content-type': 'application/x-www-form-urlencoded' };

    const { status, text } = await post(`${url}${PATH}`, form, headers);

    expect({ status, text }).toEqual({ status: 400, text: 'form body has no payload field\n' });
  });

  it('answers 202 at the deadline and lets the slow handler finish through waitUntil', async () => {
    const pending: Promise<unknown>[] = [];
    const url = await start({ respondWithinMs: 0, waitUntil: (work) => pending.push(work) });
    const body = opened('slow');

    const { status, text } = await post(`${url}${PATH}`, body, githubHeaders('issues', body));

    expect({ status, text }).toEqual({ status: 202, text: 'accepted, still processing\n' });
    expect(seen).toEqual([]);
    expect(pending).toHaveLength(1);
    releaseSlow();
    await pending[0];
    expect(seen.map((event) => event.payload.action)).toEqual(['opened']);
  });

  it('logs a handler that fails after the 202 was sent', async () => {
    const pending: Promise<unknown>[] = [];
    const url = await start({ respondWithinMs: 0, waitUntil: (work) => pending.push(work) });
    const body = opened('slow crash');

    const { status } = await post(`${url}${PATH}`, body, githubHeaders('issues', body));
    releaseSlow();
    await pending[0];

    expect(status).toBe(202);
    expect(logLines.filter((line) => line.includes('failed (after answering 202): boom'))).toHaveLength(1);
  });

  it('answers 500 to a throwing handler without a stack trace or the error text, and logs it', async () => {
    const url = await start();
    const body = opened('crash');

    const { status, text } = await post(`${url}${PATH}`, body, githubHeaders('issues', body));

    expect({ status, text }).toEqual({ status: 500, text: 'webhook handler failed\n' });
    expect(logLines.join('\n')).toContain(
      'error: webhook issues 72d3162e-cc78-11e3-81ab-4c9367dc0958 failed (answered 500): boom',
    );
  });
});

// Signing is part of the fixture contract above: a wrong helper would make every "good" case meaningless.
describe('sign', () => {
  it('matches the signature in GitHub’s documentation example', () => {
    expect(sign('Hello, World!', "It's a Secret to Everybody")).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
  });
});
