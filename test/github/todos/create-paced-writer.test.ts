import { describe, expect, it } from 'vitest';
import { createPacedWriter } from '../../../src/github/todos/create-paced-writer.js';
import { rateLimitWait } from '../../../src/github/todos/rate-limit-wait.js';

/** An error shaped as Octokit's `RequestError`. */
function requestError(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), { status, response: { headers } });
}

describe('rateLimitWait', () => {
  it('reads retry-after on a 403 or 429', () => {
    expect(
      rateLimitWait(requestError(403, 'You have exceeded a secondary rate limit', { 'retry-after': '2' })),
    ).toBe(2);
    expect(rateLimitWait(requestError(429, 'Too many', { 'retry-after': '30' }))).toBe(30);
  });

  it('waits a minute for a secondary rate limit that names no wait', () => {
    expect(rateLimitWait(requestError(403, 'You have exceeded a secondary rate limit'))).toBe(60);
  });

  it('does not wait out a refused token or an exhausted primary limit', () => {
    expect(rateLimitWait(requestError(403, 'Resource not accessible by integration'))).toBeNull();
    expect(
      rateLimitWait(requestError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' })),
    ).toBeNull();
    expect(rateLimitWait(requestError(500, 'Server Error'))).toBeNull();
    expect(rateLimitWait(new Error('socket hang up'))).toBeNull();
  });
});

describe('createPacedWriter', () => {
  const setup = (maxRetries = 3) => {
    const sleeps: number[] = [];
    const warnings: string[] = [];
    const writer = createPacedWriter({
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      minIntervalMs: 1000,
      maxRetries,
      maxRetryAfterSeconds: 120,
      log: { info: () => {}, warning: (message) => warnings.push(message) },
    });
    return { sleeps, warnings, writer };
  };

  it('spaces writes, the first one sent at once', async () => {
    const { sleeps, writer } = setup();
    await writer.write('a', async () => 1);
    await writer.write('b', async () => 2);
    await writer.write('c', async () => 3);
    expect(sleeps).toEqual([1000, 1000]);
    expect(writer.requests).toBe(3);
  });

  it('never overlaps writes, even when not awaited one by one', async () => {
    const { writer } = setup();
    const order: string[] = [];
    const slow = (name: string) => async () => {
      order.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(`end ${name}`);
    };
    await Promise.all([writer.write('a', slow('a')), writer.write('b', slow('b'))]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('retries after retry-after, a bounded number of times', async () => {
    const { sleeps, warnings, writer } = setup(2);
    let calls = 0;
    const error = await writer
      .write('create', async () => {
        calls++;
        throw requestError(429, 'slow down', { 'retry-after': '3' });
      })
      .catch((caught: unknown) => caught);
    expect(calls).toBe(3);
    expect(sleeps).toEqual([3000, 3000]);
    expect(warnings[0]).toBe('GitHub rate limit on create: retrying in 3 s (retry 1 of 2)');
    expect(error).toMatchObject({ status: 429 });
  });

  it('fails at once when asked to wait longer than it will', async () => {
    const { sleeps, writer } = setup();
    const error = await writer
      .write('x', async () => {
        throw requestError(403, 'secondary rate limit', { 'retry-after': '3600' });
      })
      .catch((caught: unknown) => caught);
    expect(sleeps).toEqual([]);
    expect(error).toMatchObject({ status: 403 });
  });
});
