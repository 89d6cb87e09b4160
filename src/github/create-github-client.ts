import { getOctokit } from '@actions/github';
import { ConfigError } from '../core/errors/config-error.js';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

type OctokitOptions = NonNullable<Parameters<typeof getOctokit>[1]>;

/** The Octokit gonogo publishes with: REST endpoint methods, pagination, retries and rate-limit handling. */
export type GithubClient = ReturnType<typeof getOctokit>;

/** Where the client reports waits and retries (`core.warning` in the Action). */
export interface GithubClientLog {
  warning(message: string): void;
}

/** How to reach GitHub, and how patient to be. */
export interface CreateGithubClientOptions {
  token: string;
  /** REST API root (`GITHUB_API_URL`); GitHub.com when not given. */
  baseUrl?: string;
  /** A `fetch` to send requests with (tests pass the global one so nock sees them); the runner's proxy-aware one when not given. */
  fetch?: typeof fetch;
  log?: GithubClientLog;
  /** Retries after a 5xx or a network failure, and after a rate limit (2). */
  retries?: number;
  /** Longest wait, in seconds, a rate limit may ask for before the request fails instead (60). */
  maxRetryAfter?: number;
  /** Milliseconds one second of a wait lasts (1000): tests shorten the waits with it. */
  secondMs?: number;
  /** Space writes as GitHub asks (1 s apart, 3 s for those that notify); tests turn it off. */
  spaceWrites?: boolean;
}

/** A Bottleneck group that lets every job through at once, for `spaceWrites: false`. */
const UNSPACED = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args)),
  }),
} as unknown as ThrottlingOptions['write'];

/**
 * An Octokit for the Action, from `@actions/github`'s `getOctokit`, with the retry plugin (5xx and network
 * failures, backing off 1 s then 4 s) and the throttling plugin (a primary rate limit waits for
 * `x-ratelimit-reset`, a secondary one for `retry-after`). Each request is retried at most `retries` times and a
 * rate limit asking for more than `maxRetryAfter` seconds fails at once: the caller gets the error (wrapped in
 * `GitHubApiError`) rather than a job that hangs. The token never reaches the log; an empty one is a
 * `ConfigError`.
 */
export function createGithubClient(options: CreateGithubClientOptions): GithubClient {
  if (!options.token.trim())
    throw new ConfigError(
      'token: empty (pass `token: ${{ github.token }}` or a token with access to the repository)',
    );
  const retries = options.retries ?? 2;
  const maxRetryAfter = options.maxRetryAfter ?? 60;
  const secondMs = options.secondMs ?? 1000;
  const hide = (text: string) => text.split(options.token).join('***');
  const warn = (message: string) => options.log?.warning(hide(message));
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < retries && retryAfter <= maxRetryAfter;
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ` +
          (retrying
            ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`
            : `giving up after ${retryCount} retries (${retryAfter} s asked; gonogo waits at most ${maxRetryAfter} s)`),
      );
      return retrying;
    };
  const octokitOptions: OctokitOptions = {
    // 429 is the throttling plugin's to retry, not the retry plugin's: counted once, waited as GitHub asks.
    retry: { retries, retryAfterBaseValue: secondMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: secondMs,
      ...(options.spaceWrites === false ? { write: UNSPACED, notifications: UNSPACED } : {}),
    },
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: unknown) => warn(String(message)),
      error: (message: unknown) => warn(String(message)),
    },
  };
  // `getOctokit` merges options shallowly over its defaults: `baseUrl` or `request` given as undefined would
  // erase `GITHUB_API_URL` or the proxy-aware fetch, so they are set only when given.
  if (options.baseUrl) octokitOptions.baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (options.fetch) octokitOptions.request = { fetch: options.fetch };
  return getOctokit(options.token, octokitOptions, retry, throttling);
}
