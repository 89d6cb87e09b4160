/** A workflow run as the App sees it (see `listHeadRuns`). */
export interface WorkflowRunState {
  id: number;
  name: string;
  path: string;
  status: string;
  conclusion: string | null;
  createdAt: string;
}

/** A workflow the App still waits for. */
export interface PendingWorkflow {
  /** As configured (`CI`, `ci.yml`), or the run's name when every workflow is awaited. */
  workflow: string;
  state: 'not started' | 'queued' | 'in progress';
}

/**
 * Where the workflows of a commit stand:
 * - `ready`: every awaited workflow completed: evaluate and conclude;
 * - `waiting`: some are queued or running (or none started yet), within the timeout;
 * - `stalled`: an awaited workflow has no run while nothing else runs for the commit: it will not report
 *   (a path filter skipped it, or it is not triggered by this event);
 * - `timed-out`: still waiting `timeoutMinutes` after the check started.
 */
export interface WorkflowProgress {
  state: 'ready' | 'waiting' | 'stalled' | 'timed-out';
  /** The newest completed run of each awaited workflow: their artifacts are the reports. */
  done: WorkflowRunState[];
  pending: PendingWorkflow[];
}

const ACTIVE = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending']);

const matches = (run: WorkflowRunState, workflow: string) =>
  workflow === run.name || workflow === run.path || workflow === run.path.split('/').pop();

/** The newest run of each workflow file, newest first. */
function newestPerWorkflow(runs: readonly WorkflowRunState[]): WorkflowRunState[] {
  const newest = new Map<string, WorkflowRunState>();
  for (const run of [...runs].sort((a, b) => b.id - a.id))
    if (!newest.has(run.path)) newest.set(run.path, run);
  return [...newest.values()];
}

const pendingState = (run: WorkflowRunState): PendingWorkflow['state'] =>
  run.status === 'in_progress' ? 'in progress' : 'queued';

/**
 * Which awaited workflows are done and which are pending for one commit. `workflows` empty awaits every workflow
 * that has a run for the commit. `startedAt` is when the App's check began waiting (ISO 8601, `null` when it has not
 * started yet), `now` the current time: the timeout counts from the first.
 */
export function workflowProgress(
  runs: readonly WorkflowRunState[],
  options: { workflows: readonly string[]; now: string; startedAt: string | null; timeoutMinutes: number },
): WorkflowProgress {
  const latest = newestPerWorkflow(runs);
  const done: WorkflowRunState[] = [];
  const pending: PendingWorkflow[] = [];
  if (options.workflows.length === 0) {
    for (const run of latest) {
      if (ACTIVE.has(run.status)) pending.push({ workflow: run.name || run.path, state: pendingState(run) });
      else done.push(run);
    }
    if (latest.length === 0) pending.push({ workflow: 'any workflow', state: 'not started' });
  } else {
    for (const workflow of options.workflows) {
      const run = latest.find((candidate) => matches(candidate, workflow));
      if (!run) pending.push({ workflow, state: 'not started' });
      else if (ACTIVE.has(run.status)) pending.push({ workflow, state: pendingState(run) });
      else if (!done.includes(run)) done.push(run);
    }
  }
  if (pending.length === 0) return { state: 'ready', done, pending };
  const started = options.startedAt === null ? NaN : Date.parse(options.startedAt);
  const waited = (Date.parse(options.now) - started) / 60_000;
  if (Number.isFinite(waited) && waited >= options.timeoutMinutes)
    return { state: 'timed-out', done, pending };
  const running = runs.some((run) => ACTIVE.has(run.status));
  const stalled =
    options.workflows.length > 0 &&
    runs.length > 0 &&
    !running &&
    pending.every((workflow) => workflow.state === 'not started');
  return { state: stalled ? 'stalled' : 'waiting', done, pending };
}
