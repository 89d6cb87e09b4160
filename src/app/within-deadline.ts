/** How `withinDeadline` ended: the work's value, or `late` when the deadline came first. */
export type DeadlineOutcome<T> = { late: false; value: T } | { late: true };

// setTimeout treats any delay above 2^31-1 ms as 1 ms: clamp instead of firing at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Waits for `work` at most `ms` milliseconds without cancelling it.
 *
 * Settles first → resolves `{ late: false, value }`, or rejects with the work's own error. Deadline first → calls
 * `onLate(work)` once, so the caller can log the outcome or hand the still-running work to whatever keeps the
 * process alive (a serverless `waitUntil`), then resolves `{ late: true }`. An infinite `ms` waits for the work.
 */
export function withinDeadline<T>(
  work: Promise<T>,
  ms: number,
  onLate: (settled: Promise<T>) => void,
): Promise<DeadlineOutcome<T>> {
  if (!Number.isFinite(ms) && ms > 0) return work.then((value) => ({ late: false, value }));
  return new Promise((resolve, reject) => {
    let decided = false;
    const timer = setTimeout(
      () => {
        decided = true;
        try {
          onLate(work);
          resolve({ late: true });
        } catch (error) {
          reject(error);
        }
      },
      Math.min(Math.max(ms, 0), MAX_TIMER_MS),
    );
    work.then(
      (value) => {
        if (decided) return;
        decided = true;
        clearTimeout(timer);
        resolve({ late: false, value });
      },
      (error: unknown) => {
        if (decided) return;
        decided = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
