import { escapeMarkdown } from '../core/report/escape-markdown.js';
import type { WorkflowProgress } from '../core/workflows/workflow-progress.js';

/** What the check says while reports are awaited, or why it stopped waiting. */
export function describeWaiting(progress: WorkflowProgress, timeoutMinutes: number): string {
  const pending = progress.pending.map((p) => `- ${escapeMarkdown(p.workflow)}: ${p.state}`).join('\n');
  const done = progress.done.map((run) => `- ${escapeMarkdown(run.name)}: ${run.conclusion ?? 'completed'}`);
  const received = done.length ? `\n\nCompleted:\n${done.join('\n')}` : '';
  switch (progress.state) {
    case 'stalled':
      return `**Reports missing**: these workflows have not run for this commit, and nothing else is running (a path filter or a trigger may skip them):\n${pending}\n\nThe verdict below judges what did arrive. Re-evaluate once they have run.${received}`;
    case 'timed-out':
      return `**Reports missing**: still waiting after ${timeoutMinutes} minutes (\`app.timeout-minutes\`) for:\n${pending}\n\nThe verdict below judges what did arrive.${received}`;
    default:
      return `gonogo waits for these workflows before judging this commit:\n${pending}${received}`;
  }
}
