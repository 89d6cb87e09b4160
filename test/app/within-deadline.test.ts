import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withinDeadline } from '../../src/app/within-deadline.js';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('withinDeadline', () => {
  it('gives the value of work that settles before the deadline and never calls onLate', async () => {
    const work = deferred<string>();
    const late: Promise<string>[] = [];
    const outcome = withinDeadline(work.promise, 1000, (settled) => late.push(settled));

    await vi.advanceTimersByTimeAsync(999);
    work.resolve('done');

    await expect(outcome).resolves.toEqual({ late: false, value: 'done' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(late).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with the error of work that fails before the deadline', async () => {
    const work = deferred<string>();
    const outcome = withinDeadline(work.promise, 1000, () => {
      throw new Error('onLate must not run');
    });
    work.reject(new Error('handler crashed'));

    await expect(outcome).rejects.toThrow('handler crashed');
  });

  it('answers late at the deadline and hands over the work, which still completes', async () => {
    const work = deferred<string>();
    const late: Promise<string>[] = [];
    const outcome = withinDeadline(work.promise, 1000, (settled) => late.push(settled));

    await vi.advanceTimersByTimeAsync(1000);

    await expect(outcome).resolves.toEqual({ late: true });
    expect(late).toHaveLength(1);
    work.resolve('finished later');
    await expect(late[0]).resolves.toBe('finished later');
  });

  it('hands over late work that fails, so its error can still be seen', async () => {
    const work = deferred<string>();
    const seen: Promise<unknown>[] = [];
    const outcome = withinDeadline(work.promise, 0, (settled) =>
      seen.push(settled.catch((error: unknown) => error)),
    );

    await vi.advanceTimersByTimeAsync(0);
    await expect(outcome).resolves.toEqual({ late: true });
    work.reject(new Error('failed after the answer'));
    expect(String(await seen[0])).toContain('failed after the answer');
  });

  it('waits for the work when the deadline is infinite', async () => {
    const work = deferred<number>();
    const outcome = withinDeadline(work.promise, Number.POSITIVE_INFINITY, () => {
      throw new Error('onLate must not run');
    });

    await vi.advanceTimersByTimeAsync(2 ** 31);
    work.resolve(42);

    await expect(outcome).resolves.toEqual({ late: false, value: 42 });
  });

  it('does not fire at once for a deadline past the 32-bit timer limit', async () => {
    const work = deferred<number>();
    const late: unknown[] = [];
    const outcome = withinDeadline(work.promise, 2 ** 40, (settled) => late.push(settled));

    await vi.advanceTimersByTimeAsync(60_000);
    work.resolve(7);

    await expect(outcome).resolves.toEqual({ late: false, value: 7 });
    expect(late).toEqual([]);
  });
});
