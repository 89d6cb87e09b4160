import type { ItemStatus } from '../../../model/tracked-item.js';
import type { Workflow } from '../issues/issue-fields.js';
import { statusOfWord } from '../issues/status-of-word.js';

/** The lifecycle timestamps of a Linear issue that are set (not blank). */
export interface LinearMilestones {
  started: boolean;
  completed: boolean;
  canceled: boolean;
}

/**
 * The workflow of a Linear issue. Workflow states are per team, but their words are the defaults in most
 * workspaces (Triage, Backlog, Todo, In Progress, In Review, Done, Canceled, Duplicate) and decide. An unknown
 * word falls back on the lifecycle timestamps Linear sets when an issue enters a state of a given type
 * (`Canceled`, then `Completed`, then `Started`), with a problem; with none of them it stays open as todo. A
 * known open word with a `Completed` or `Canceled` date is noted and stays open: the dates may be stale, and an
 * issue must not count as done on a guess.
 */
export function linearWorkflow(
  statusWord: string | null,
  milestones: LinearMilestones,
): Workflow & { problem: string | null } {
  const fromWord = statusWord === null ? null : statusOfWord(statusWord);
  let status: ItemStatus;
  let problem: string | null = null;
  if (fromWord !== null) {
    status = fromWord;
    const open = status !== 'done' && status !== 'dropped';
    const closedAt = milestones.canceled ? 'Canceled' : milestones.completed ? 'Completed' : null;
    if (open && closedAt !== null) {
      problem = `status ${JSON.stringify(statusWord)} but a "${closedAt}" date is set; the status decides (open)`;
    }
  } else {
    const [fallback, because]: [ItemStatus, string] = milestones.canceled
      ? ['dropped', 'its "Canceled" date']
      : milestones.completed
        ? ['done', 'its "Completed" date']
        : milestones.started
          ? ['in-progress', 'its "Started" date']
          : ['todo', 'no lifecycle date'];
    status = fallback;
    const what = statusWord === null ? 'no status' : `unknown status ${JSON.stringify(statusWord)}`;
    problem = `${what}; read as ${fallback} from ${because}`;
  }
  const closed = status === 'done' || status === 'dropped';
  const stateReason = status === 'dropped' ? (fromWord === null ? 'Canceled' : statusWord) : null;
  return { state: closed ? 'closed' : 'open', status, stateReason, problem };
}
