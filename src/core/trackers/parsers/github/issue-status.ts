import type { ItemStatus } from '../../../model/tracked-item.js';
import type { IssueFacts } from './issue-facts.js';

/**
 * Status words as labels and project columns write them, once lower-cased, stripped of a leading emoji or
 * `status:`/`state/`/`status::` prefix, `-`/`_` read as spaces.
 */
const BLOCKED = /^blocked\b/;
const IN_PROGRESS =
  /^(?:in progress|wip|work in progress|doing|in development|in dev|started|in review|under review|in work)$/;
/** GitHub's default labels for issues closed without being done (`wontfix`, `invalid`, `duplicate`). */
const NOT_DONE = /^(?:wontfix|wont fix|won't fix|will not fix|not planned|invalid|duplicate)$/;
const DROPPED_REASONS = new Set(['not_planned', 'duplicate']);

function statusWord(value: string): string {
  return value
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^(?:status|state)\s*(?:::|[/:=-])\s*/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The workflow status of a GitHub issue. Closed is done, or dropped when GitHub's close reason is `not_planned`
 * or `duplicate`, or, for issues closed before GitHub recorded reasons (or closed as "completed" by habit), when
 * one of GitHub's default "not done" labels is on it (`wontfix`, `invalid`, `duplicate`). Open (or of unknown
 * state) is blocked when an open issue blocks it or a label or project column says `blocked`; in progress when a
 * label or project column says so (`in progress`, `status: in progress`, `WIP`, `doing`, `in review`) or some of
 * its sub-issues or tasks are done; else todo. Blocked wins over in progress: it is what needs attention.
 */
export function issueStatus(facts: IssueFacts, progress: { done: number; total: number } | null): ItemStatus {
  const words = [...facts.labels, ...facts.projectStatuses].map(statusWord);
  if (facts.state === 'closed') {
    if (facts.stateReason !== null && DROPPED_REASONS.has(facts.stateReason)) return 'dropped';
    const byHabit = facts.stateReason === null || facts.stateReason === 'completed';
    return byHabit && facts.labels.map(statusWord).some((word) => NOT_DONE.test(word)) ? 'dropped' : 'done';
  }
  if (facts.openBlockers > 0 || words.some((word) => BLOCKED.test(word))) return 'blocked';
  if (words.some((word) => IN_PROGRESS.test(word))) return 'in-progress';
  return progress !== null && progress.done > 0 ? 'in-progress' : 'todo';
}
