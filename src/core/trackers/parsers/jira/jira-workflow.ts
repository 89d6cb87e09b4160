import type { ItemStatus } from '../../../model/tracked-item.js';
import type { Workflow } from '../issues/issue-fields.js';
import { statusOfWord } from '../issues/status-of-word.js';

// Jira's status categories, by name (CSV `Status Category`) and by key (REST `statusCategory.key`).
const CATEGORIES: Readonly<Record<string, ItemStatus>> = {
  'to do': 'todo',
  new: 'todo',
  'in progress': 'in-progress',
  indeterminate: 'in-progress',
  done: 'done',
};

// Resolutions that close an issue without doing it: Jira's defaults (Won't Fix, Duplicate, Incomplete, Cannot
// Reproduce, Won't Do, Declined) and common additions.
const DROPPING_RESOLUTIONS = new Set([
  "won't fix",
  "won't do",
  'duplicate',
  'incomplete',
  'cannot reproduce',
  "can't reproduce",
  'declined',
  'rejected',
  'obsolete',
  'invalid',
  'not a bug',
  'works as designed',
  'abandoned',
  'cancelled',
  'canceled',
]);

const normalized = (word: string | null): string =>
  (word ?? '').trim().toLowerCase().replace(/\s+/g, ' ').replace(/[’‘]/g, "'");

/**
 * The workflow of a Jira issue from its status, status category and resolution.
 *
 * The category decides open or closed when the export has it (teams rename statuses, never categories); the
 * status word refines it: `Blocked`/`On Hold` is blocked, and `Cancelled`/`Aborted` in the Done category is
 * dropped, not done. A dropping resolution (Won't Do, Duplicate…) drops a closed issue. Without a category, a
 * known status word decides; an unknown one with a resolution is closed (Jira sets a resolution only when it
 * resolves an issue), else it stays open as todo with a problem: an unknown word must never count as done.
 */
export function jiraWorkflow(
  statusWord: string | null,
  categoryWord: string | null,
  resolution: string | null,
): Workflow & { problem: string | null } {
  const fromCategory = CATEGORIES[normalized(categoryWord)] ?? null;
  const fromWord = statusWord === null ? null : statusOfWord(statusWord);
  const resolved = resolution !== null;
  let status: ItemStatus;
  let problem: string | null = null;
  if (fromCategory === 'done') status = fromWord === 'dropped' ? 'dropped' : 'done';
  else if (fromCategory !== null) status = fromWord === 'blocked' ? 'blocked' : fromCategory;
  else if (fromWord !== null) status = fromWord;
  else {
    status = resolved ? 'done' : 'todo';
    const what = statusWord === null ? 'no status' : `unknown status ${JSON.stringify(statusWord)}`;
    const read = resolved ? `closed (resolution ${JSON.stringify(resolution)})` : 'open (todo)';
    problem = `${what}${categoryWord === null ? '' : ` and unknown status category ${JSON.stringify(categoryWord)}`}; read as ${read}`;
  }
  const closed = status === 'done' || status === 'dropped';
  if (closed && DROPPING_RESOLUTIONS.has(normalized(resolution))) status = 'dropped';
  const stateReason = resolution ?? (status === 'dropped' ? statusWord : null);
  return { state: closed ? 'closed' : 'open', status, stateReason, problem };
}
