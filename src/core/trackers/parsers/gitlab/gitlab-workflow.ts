import type { Workflow } from '../issues/issue-fields.js';
import { statusOfWord } from '../issues/status-of-word.js';

/** What decides a GitLab issue's workflow. */
export interface GitlabWorkflowInput {
  /** `opened` or `closed`. */
  state: string | null;
  labels: readonly string[];
  /** Closed as a duplicate of another issue (`_links.closed_as_duplicate_of`, `duplicated_to_id`). */
  duplicate: boolean;
  /** Moved to another project (`moved_to_id`): closed here, alive there. */
  moved: boolean;
}

// A label's workflow word: the value of a scoped label (`workflow::in review` → `in review`), else the label.
function wordOf(label: string): string {
  const scope = label.lastIndexOf('::');
  return scope < 0 ? label : label.slice(scope + 2);
}

/**
 * The workflow of a GitLab issue. GitLab has only `opened` and `closed`; teams say the rest with labels, so an
 * open issue with a `blocked`/`workflow::blocked` label is blocked and one with `doing`/`workflow::in review`
 * is in progress, and a closed one is dropped when it was closed as a duplicate, moved to another project, or
 * carries a `duplicate`/`wontfix`/`invalid`/`won't do` label (that label, or `duplicate`/`moved`, is the reason).
 * Any other state is read as open with a problem: it must not count as done.
 */
export function gitlabWorkflow(input: GitlabWorkflowInput): Workflow & { problem: string | null } {
  const byLabel = input.labels.map((label) => ({ label, status: statusOfWord(wordOf(label)) }));
  const state = input.state?.trim().toLowerCase() ?? null;
  if (state === 'closed') {
    const dropping = byLabel.find((entry) => entry.status === 'dropped')?.label ?? null;
    const reason = input.duplicate ? 'duplicate' : input.moved ? 'moved' : dropping;
    return {
      state: 'closed',
      status: reason === null ? 'done' : 'dropped',
      stateReason: reason,
      problem: null,
    };
  }
  const status = byLabel.some((entry) => entry.status === 'blocked')
    ? 'blocked'
    : byLabel.some((entry) => entry.status === 'in-progress')
      ? 'in-progress'
      : 'todo';
  const known = state === 'opened' || state === 'open' || state === 'reopened';
  const problem = known
    ? null
    : `${state === null ? 'no state' : `unknown state ${JSON.stringify(input.state)}`}; read as open`;
  return { state: 'open', status, stateReason: null, problem };
}
