import type { IncomingMessage, ServerResponse } from 'node:http';
import { createProbot, type Probot } from 'probot';
import { gonogoApp } from './app.js';
import { createWebhookHandler, type WebhookHandler, type WebhookHandlerOptions } from './webhook-handler.js';

/**
 * The gonogo App as one HTTP handler, for hosts that build it themselves. `probot` defaults to `createProbot()`,
 * which reads Probot's environment: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, WEBHOOK_PATH,
 * GHE_HOST, GHE_PROTOCOL, LOG_LEVEL, LOG_FORMAT, REDIS_URL (clustered throttling) and SENTRY_DSN. The app is
 * loaded on the first request, once; if loading fails, every request rejects with that error.
 */
export function createGonogoHandler(
  probot: Probot = createProbot(),
  options: WebhookHandlerOptions = {},
): WebhookHandler {
  const handle = createWebhookHandler(probot, { path: probot.webhookPath, ...options });
  let loaded: Promise<void> | undefined;
  return async (req, res) => {
    loaded ??= probot.load(gonogoApp);
    await loaded;
    await handle(req, res);
  };
}

let handler: WebhookHandler | undefined;

/** Serverless entry (Vercel, Netlify, Lambda behind a Node adapter): one Probot per warm instance. */
export default async function gonogoWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
  handler ??= createGonogoHandler();
  await handler(req, res);
}
