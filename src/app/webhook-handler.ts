import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Probot } from 'probot';
import { getErrorMessage } from '../core/errors/get-error-message.js';
import { parseWebhookPayload } from './parse-webhook-payload.js';
import { readRawBody } from './read-raw-body.js';
import { withinDeadline } from './within-deadline.js';

/** Probot's and @octokit/webhooks' default webhook path. */
export const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks';

/** How the webhook handler listens and how long it keeps GitHub waiting. */
export interface WebhookHandlerOptions {
  /** The only path answered; trailing slashes and query strings are ignored. Default `/api/github/webhooks`. */
  path?: string;
  /** Answer 202 after this long while the handlers keep running. Default 8000: GitHub gives up at 10 s. */
  respondWithinMs?: number;
  /** Larger bodies are answered 413 without being kept. Default 25 MiB (GitHub caps payloads at 25 MB). */
  maxBodyBytes?: number;
  /** A serverless platform's background-completion hook: receives the work still running after a 202. */
  waitUntil?: (work: Promise<unknown>) => void;
}

/** A Node HTTP handler that never rejects: every failure is answered and logged. */
export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

type WebhookEvent = Parameters<Probot['receive']>[0];

const REQUIRED_HEADERS = ['x-github-event', 'x-github-delivery', 'x-hub-signature-256'] as const;
// fatal: a body that is not UTF-8 is refused, so decoding and re-encoding for the HMAC gives back the exact bytes
// received; ignoreBOM keeps a leading BOM in the string for the same reason.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Creates the App's webhook endpoint for serverless hosts and plain `http.createServer`.
 *
 * POST only, on one path; the raw body is read up to a limit, its `x-hub-signature-256` verified with Probot's
 * `webhooks.verify` (the secret never leaves it; the comparison is constant-time), then the JSON or form-encoded
 * payload goes to `probot.receive`. Receive rather than `webhooks.verifyAndReceive`: that one verifies and
 * parses JSON itself, so it cannot take form bodies and folds a bad signature and a crashing handler into the
 * same rejection; verifying first keeps every answer distinct. Handlers that finish within `respondWithinMs`
 * get a 200, slower ones a 202 while they continue (handed to `waitUntil`), failing ones a 500 without details.
 */
export function createWebhookHandler(probot: Probot, options: WebhookHandlerOptions = {}): WebhookHandler {
  const path = withoutTrailingSlashes(options.path ?? DEFAULT_WEBHOOK_PATH);
  const respondWithinMs = options.respondWithinMs ?? 8000;
  const maxBodyBytes = options.maxBodyBytes ?? 25 * 1024 * 1024;

  const deliver = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (withoutTrailingSlashes(req.url?.split('?')[0] ?? '') !== path)
      return reply(req, res, 404, 'not found');
    if (req.method !== 'POST') return reply(req, res, 405, 'method not allowed: use POST', { allow: 'POST' });

    const missing = REQUIRED_HEADERS.filter((name) => !headerOf(req, name));
    if (missing.length > 0) return reply(req, res, 400, `missing header: ${missing.join(', ')}`);
    const name = headerOf(req, 'x-github-event') as string;
    const id = headerOf(req, 'x-github-delivery') as string;
    const signature = headerOf(req, 'x-hub-signature-256') as string;

    const body = await readRawBody(req, maxBodyBytes);
    if (body === undefined) return reply(req, res, 413, `payload larger than ${maxBodyBytes} bytes`);
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return reply(req, res, 400, 'body is not UTF-8');
    }

    await probot.ready();
    const verified = await probot.webhooks.verify(text, signature).catch(() => false);
    if (!verified) {
      probot.log.warn(
        { id, event: name },
        `webhook ${name} ${id}: signature does not match; check WEBHOOK_SECRET`,
      );
      return reply(req, res, 400, 'signature does not match');
    }
    const parsed = parseWebhookPayload(text, headerOf(req, 'content-type'));
    if ('error' in parsed) return reply(req, res, 400, parsed.error);

    // Probot's own error handler already logs each handler error with its stack; these lines add the outcome.
    const logFailure = (error: unknown, outcome: string) =>
      probot.log.error(
        { id, event: name },
        `webhook ${name} ${id} failed (${outcome}): ${getErrorMessage(error)}`,
      );
    const work = probot.receive({ id, name, payload: parsed.payload } as WebhookEvent);
    try {
      const outcome = await withinDeadline(work, respondWithinMs, (late) => {
        const settled = late.catch((error: unknown) => logFailure(error, 'after answering 202'));
        options.waitUntil?.(settled);
      });
      if (outcome.late) return reply(req, res, 202, 'accepted, still processing');
      return reply(req, res, 200, 'ok');
    } catch (error) {
      logFailure(error, 'answered 500');
      return reply(req, res, 500, 'webhook handler failed');
    }
  };

  return async function handleWebhook(req, res) {
    try {
      await deliver(req, res);
    } catch (error) {
      // Not a handler error: the client hung up mid-body, or Probot could not start (bad key, no APP_ID).
      probot.log?.error(`webhook request failed: ${getErrorMessage(error)}`);
      reply(req, res, 500, 'internal error');
    }
  };
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function withoutTrailingSlashes(path: string): string {
  return path.replace(/\/+$/u, '') || '/';
}

/** Answers once, in plain text; closes the connection when the request body was left unread. */
function reply(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string,
  headers: OutgoingHttpHeaders = {},
): void {
  if (res.headersSent || res.writableEnded) return;
  const body = `${text}\n`;
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...(req.complete ? {} : { connection: 'close' }),
    ...headers,
  });
  res.end(body);
}
