type Headers = Readonly<Record<string, string | number | undefined>>;

/** GitHub's advice when a secondary rate limit names no wait: at least a minute. */
const SECONDARY_DEFAULT_SECONDS = 60;

/**
 * How many seconds GitHub asks to wait before retrying a request that failed on a rate limit: the `retry-after`
 * of a 403 or 429, or a minute for a secondary rate limit without one. `null` when the failure is no rate limit
 * to wait out here (another status, a token without permission, or a primary limit exhausted until
 * `x-ratelimit-reset`, which can be an hour away).
 */
export function rateLimitWait(error: unknown): number | null {
  if (!(error instanceof Error)) return null;
  const { status, response } = error as { status?: unknown; response?: { headers?: Headers } };
  if (status !== 403 && status !== 429) return null;
  const retryAfter = Number(response?.headers?.['retry-after']);
  if (response?.headers?.['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0)
    return retryAfter;
  if (String(response?.headers?.['x-ratelimit-remaining']) === '0') return null;
  if (/secondary rate limit/i.test(error.message)) return SECONDARY_DEFAULT_SECONDS;
  return status === 429 ? SECONDARY_DEFAULT_SECONDS : null;
}
