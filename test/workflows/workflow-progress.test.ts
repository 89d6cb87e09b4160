import { describe, expect, it } from 'vitest';
import { workflowProgress } from '../../src/core/workflows/workflow-progress.js';
import type { WorkflowRunState } from '../../src/core/workflows/workflow-progress.js';

const run = (
  id: number,
  name: string,
  status: string,
  conclusion: string | null = null,
): WorkflowRunState => ({
  id,
  name,
  path: `.github/workflows/${name.toLowerCase()}.yml`,
  status,
  conclusion,
  createdAt: '2026-11-22T10:00:00Z',
});
const at = (minutes: number) => new Date(Date.parse('2026-11-22T10:00:00Z') + minutes * 60_000).toISOString();
const options = (workflows: string[], minutes = 5) => ({
  workflows,
  now: at(minutes),
  startedAt: at(0),
  timeoutMinutes: 60,
});

describe('workflowProgress', () => {
  it('is ready when every configured workflow completed, whatever its conclusion', () => {
    const progress = workflowProgress(
      [run(2, 'CI', 'completed', 'failure'), run(3, 'Security', 'completed', 'success')],
      options(['CI', 'security.yml']),
    );
    expect(progress.state).toBe('ready');
    expect(progress.done.map((r) => r.id)).toEqual([2, 3]);
  });

  it('waits for a configured workflow still running, naming it', () => {
    const progress = workflowProgress(
      [run(2, 'CI', 'completed', 'success'), run(3, 'Security', 'in_progress')],
      options(['CI', 'Security']),
    );
    expect(progress).toMatchObject({
      state: 'waiting',
      pending: [{ workflow: 'Security', state: 'in progress' }],
    });
  });

  it('judges the newest run of a workflow: a re-run in the queue is waited for', () => {
    const progress = workflowProgress(
      [run(2, 'CI', 'completed', 'failure'), run(5, 'CI', 'queued')],
      options(['CI']),
    );
    expect(progress).toMatchObject({ state: 'waiting', pending: [{ workflow: 'CI', state: 'queued' }] });
  });

  it('is stalled when a configured workflow never started and nothing else runs', () => {
    const progress = workflowProgress([run(2, 'CI', 'completed', 'success')], options(['CI', 'Coverage']));
    expect(progress).toMatchObject({
      state: 'stalled',
      pending: [{ workflow: 'Coverage', state: 'not started' }],
    });
  });

  it('keeps waiting for a workflow not started while another one still runs (it may trigger it)', () => {
    const progress = workflowProgress([run(2, 'CI', 'in_progress')], options(['CI', 'Coverage']));
    expect(progress.state).toBe('waiting');
  });

  it('times out once the check has waited the configured minutes', () => {
    const progress = workflowProgress([run(2, 'CI', 'in_progress')], options(['CI'], 61));
    expect(progress).toMatchObject({ state: 'timed-out', pending: [{ workflow: 'CI' }] });
  });

  it('without configuration awaits every workflow of the commit, and waits while none has started', () => {
    expect(workflowProgress([], options([])).state).toBe('waiting');
    expect(
      workflowProgress([run(2, 'CI', 'completed', 'success'), run(3, 'Lint', 'queued')], options([])),
    ).toMatchObject({ state: 'waiting', pending: [{ workflow: 'Lint', state: 'queued' }] });
    expect(workflowProgress([run(2, 'CI', 'completed', 'success')], options([])).state).toBe('ready');
  });
});
