import { createHmac, generateKeyPairSync } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Probot, ProbotOctokit, type Logger } from 'probot';

/** The webhook secret of the test Apps. */
export const SECRET = 'whsec-loopback-7f3a';

/** A GitHub-style `x-hub-signature-256` over the exact bytes given. */
export function sign(body: string | Buffer, secret = SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The headers GitHub sends with a JSON delivery. */
export function githubHeaders(event: string, body: string | Buffer, secret = SECRET): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
    'x-hub-signature-256': sign(body, secret),
  };
}

/** A pino-shaped logger that keeps each line's text, so tests can read what an operator would see. */
export function recordingLogger(lines: string[]): Logger {
  const log: Record<string, unknown> = { level: 'trace' };
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
    log[level] = (...args: unknown[]) => {
      // pino's (mergingObject, message) convention: keep the message and error texts, as pretty output shows them.
      const texts = args.flatMap((arg) =>
        arg instanceof Error ? [arg.message] : typeof arg === 'object' && arg !== null ? [] : [String(arg)],
      );
      lines.push(`${level}: ${texts.join(' ')}`);
    };
  }
  log.child = () => log;
  return log as unknown as Logger;
}

let key: string | undefined;
/** One RSA key per test file: generating it is the slowest step of a test. */
function privateKey(): string {
  key ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
  return key;
}

/** A Probot with a freshly generated key that never retries or throttles: test Apps make no GitHub calls. */
export function testProbot(logLines: string[], webhookPath?: string): Probot {
  return new Probot({
    appId: 1,
    privateKey: privateKey(),
    secret: SECRET,
    log: recordingLogger(logLines),
    // The function form applies last, after Probot's own defaults, which would otherwise turn throttling back on
    // for installation clients (1 s between writes).
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
    ...(webhookPath ? { webhookPath } : {}),
  });
}

/** Serves `handler` on a loopback port; `close` drops open connections too. */
export async function serve(handler: RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
