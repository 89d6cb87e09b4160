import { rateLimitWait } from './rate-limit-wait.js';
import type { TodoSyncLog } from './todo-sync-log.js';

/** How writes are spaced and rate limits waited out. */
export interface PacedWriterOptions {
  /** Waits that many milliseconds (tests record the waits instead). */
  sleep: (ms: number) => Promise<void>;
  /** Least time between two write requests (1000: GitHub asks for a second between content-creating writes). */
  minIntervalMs: number;
  /** Retries of one request after a rate limit (3). */
  maxRetries: number;
  /** Longest `retry-after`, in seconds, waited out; a longer one fails the request (120). */
  maxRetryAfterSeconds: number;
  log?: TodoSyncLog;
}

/** Sends write requests one at a time, spaced, retrying rate limits; counts what it sent. */
export interface PacedWriter {
  write<T>(what: string, request: () => Promise<T>): Promise<T>;
  /** Requests sent so far, retries included. */
  readonly requests: number;
}

/**
 * A writer for GitHub's guidance on writes: serial, `minIntervalMs` between two requests, and a 403/429 secondary
 * rate limit retried after its `retry-after` (at most `maxRetries` times, each wait at most
 * `maxRetryAfterSeconds`). Whatever plugins the client has, this holds: with the throttling plugin the limit is
 * mostly waited out before it reaches here. Any other failure is thrown as it came.
 */
export function createPacedWriter(options: PacedWriterOptions): PacedWriter {
  let requests = 0;
  // Resolves when the previous write has finished: writes never overlap, even if a caller forgets to await.
  let queue: Promise<unknown> = Promise.resolve();
  const send = async <T>(what: string, request: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      if (requests > 0 && attempt === 0) await options.sleep(options.minIntervalMs);
      requests++;
      try {
        return await request();
      } catch (error) {
        const seconds = rateLimitWait(error);
        if (seconds === null || attempt >= options.maxRetries || seconds > options.maxRetryAfterSeconds)
          throw error;
        const wait = Math.max(seconds * 1000, options.minIntervalMs);
        options.log?.warning(
          `GitHub rate limit on ${what}: retrying in ${wait / 1000} s (retry ${attempt + 1} of ${options.maxRetries})`,
        );
        await options.sleep(wait);
      }
    }
  };
  return {
    write<T>(what: string, request: () => Promise<T>): Promise<T> {
      const result = queue.then(() => send(what, request));
      queue = result.catch(() => undefined);
      return result;
    },
    get requests() {
      return requests;
    },
  };
}
