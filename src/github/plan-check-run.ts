import type { ExistingCheckRun } from './find-check-runs.js';

/** Which run to write, and from which annotation on; `supersede` is a stale run of ours to close afterwards. */
export type CheckRunPlan =
  | { kind: 'update'; run: ExistingCheckRun; from: number }
  | { kind: 'create'; supersede: ExistingCheckRun | null };

/**
 * How to publish a check run without duplicating what an earlier attempt on the same commit wrote. GitHub
 * appends annotations on every request and never removes them, and a completed run's conclusion cannot be
 * trusted to change, so, for the newest run of ours (`runs` newest first):
 * - it carries the same annotation set (same marker) → update it, sending only the annotations it does not hold
 *   yet (an earlier attempt that failed after some batches resumes where it stopped);
 * - it carries no annotation yet (`startCheckRun` made it) → update it with all of them;
 * - otherwise (other annotations, or completed with another conclusion) → create a new run, and close the old
 *   one if it was left in progress so that no stale run stays pending.
 * Runs without a marker are not gonogo's (a workflow job named like the check) and are never touched.
 */
export function planCheckRun(
  runs: readonly ExistingCheckRun[],
  wanted: { marker: string; count: number; conclusion: string },
): CheckRunPlan {
  const run = runs.find((candidate) => candidate.marker !== null);
  if (!run) return { kind: 'create', supersede: null };
  const open = run.status !== 'completed';
  if (!open && run.conclusion !== wanted.conclusion) return { kind: 'create', supersede: null };
  if (run.marker === wanted.marker && run.annotationsCount <= wanted.count)
    return { kind: 'update', run, from: run.annotationsCount };
  if (run.annotationsCount === 0) return { kind: 'update', run, from: 0 };
  return { kind: 'create', supersede: open ? run : null };
}
