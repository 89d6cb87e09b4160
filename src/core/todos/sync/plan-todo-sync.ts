import type { ScannedTodo } from '../../model/todo.js';
import { inlineCode } from '../../report/escape-markdown.js';
import { blobPermalink } from './blob-permalink.js';
import type { MarkedIssue } from './marked-issue.js';
import { matchTodoIssues } from './match-todo-issues.js';
import { parseIssueMarker } from './parse-issue-marker.js';
import { parseIssueRef } from './parse-issue-ref.js';
import { renderIssueMarker } from './render-issue-marker.js';
import { renderTodoIssue } from './render-todo-issue.js';
import { replaceIssueMarker } from './replace-issue-marker.js';
import { todoIssueChanges } from './todo-issue-changes.js';
import type { TodoIssue } from './todo-issue.js';
import type {
  CloseTodoIssue,
  ReopenTodoIssue,
  TodoSyncOperation,
  TodoSyncPlan,
  TodoSyncSettings,
  TrackedTodo,
  UpdateTodoIssue,
} from './todo-sync-plan.js';
import { byPlace } from '../by-place.js';

const place = (todo: ScannedTodo, settings: TodoSyncSettings) =>
  `[${inlineCode(todo.path)} line ${todo.line}](${blobPermalink({ ...settings, path: todo.path, line: todo.line })})`;

/** Closing an open issue: the marker says gonogo closed it, the rest of the body is kept. */
function close(
  { issue, marker }: MarkedIssue,
  reason: CloseTodoIssue['reason'],
  comment: string,
): CloseTodoIssue {
  return {
    kind: 'close',
    issue,
    reason,
    comment,
    changes: {
      state: 'closed',
      stateReason: reason === 'duplicate' ? 'not_planned' : 'completed',
      body: replaceIssueMarker(issue.body, renderIssueMarker({ ...marker, closedByGonogo: true })),
    },
  };
}

/**
 * Plans a sync of TODO issues from a scan and the repository's issues. Pure: no request, no clock.
 *
 * 1. Issues without a valid marker are not gonogo's and are ignored; TODOs that refer to an issue
 *    (`TODO(#123)`) get none, and the issue they name is left alone whatever its marker says.
 * 2. TODOs and issues are paired by `matchTodoIssues` (same, moved, edited).
 * 3. A paired open issue is updated when its TODO's content or path changed (title and body re-rendered, new
 *    marker), or to add labels it lacks; otherwise it is unchanged — a new commit or a shifted line alone never
 *    rewrites it. A paired closed issue is reopened when gonogo closed it, and left closed (reported as closed
 *    by hand) when a person did.
 * 4. An open issue whose TODO is gone is closed (completed) with a comment naming the commit; a duplicate is
 *    closed (not planned) pointing to the issue that tracks the TODO.
 * 5. Unpaired TODOs, by path then line: the first `maxNew` are created, the others deferred to the next runs.
 */
export function planTodoSync(
  todos: readonly ScannedTodo[],
  issues: readonly TodoIssue[],
  settings: TodoSyncSettings,
): TodoSyncPlan {
  const { sha } = settings;
  // 1. What is gonogo's to sync.
  const referencedTodos = todos.filter((todo) => todo.issue !== null).sort(byPlace);
  const referencedNumbers = new Set(
    referencedTodos.map((todo) => parseIssueRef(todo.issue ?? '', settings.owner, settings.repo)),
  );
  const tracked = todos.filter((todo) => todo.issue === null);
  const marked = issues.flatMap((issue): MarkedIssue[] => {
    const marker = parseIssueMarker(issue.body);
    return marker && !referencedNumbers.has(issue.number) ? [{ issue, marker }] : [];
  });

  // 2. Pair them.
  const matching = matchTodoIssues(tracked, marked, todos);

  // 3. Issues whose TODO is still in the code.
  const updates: (UpdateTodoIssue | ReopenTodoIssue)[] = [];
  const unchanged: TrackedTodo[] = [];
  const closedByHand: TrackedTodo[] = [];
  for (const match of matching.matches) {
    const { todo } = match;
    const { issue, marker } = match.issue;
    if (issue.state === 'closed' && !marker.closedByGonogo) {
      closedByHand.push({ todo, issue });
      continue;
    }
    const reopening = issue.state === 'closed';
    const { changes, reasons } = todoIssueChanges(todo, match.issue, settings, reopening);
    if (reopening) {
      updates.push({
        kind: 'reopen',
        todo,
        issue,
        how: match.how,
        changes: { ...changes, state: 'open', stateReason: 'reopened' },
        comment: `Back in the code at ${sha}: ${place(todo, settings)}. Reopened by gonogo.`,
      });
    } else if (Object.keys(changes).length > 0) {
      updates.push({ kind: 'update', todo, issue, how: match.how, reasons, changes });
    } else {
      unchanged.push({ todo, issue });
    }
  }
  updates.sort((a, b) => a.issue.number - b.issue.number);

  // 4. Open issues whose TODO is gone.
  const closes: CloseTodoIssue[] = [];
  for (const orphan of matching.unmatchedIssues) {
    if (orphan.issue.state !== 'open') continue;
    const { path, fingerprint } = orphan.marker;
    const referencing = referencedTodos.find(
      (todo) => todo.fingerprint === fingerprint && todo.path === path,
    );
    const number = referencing && parseIssueRef(referencing.issue ?? '', settings.owner, settings.repo);
    closes.push(
      number
        ? close(
            orphan,
            'referenced',
            `The TODO in ${inlineCode(path)} now refers to #${number} (at ${sha}). Closed by gonogo.`,
          )
        : close(
            orphan,
            'gone',
            `No longer in the code at ${sha} (it was in ${inlineCode(path)}). Closed by gonogo, ` +
              'which reopens it if the TODO comes back.',
          ),
    );
  }
  for (const { issue, of } of matching.duplicates) {
    if (issue.issue.state !== 'open') continue;
    closes.push(close(issue, 'duplicate', `Duplicate of #${of.issue.number}, which tracks the same TODO.`));
  }
  closes.sort((a, b) => a.issue.number - b.issue.number);

  // 5. New TODOs, within the cap.
  const maxNew = Math.max(0, Math.floor(settings.maxNew));
  const creates = matching.unmatchedTodos.slice(0, maxNew).map((todo): TodoSyncOperation => {
    const { title, body, labels, assignees } = renderTodoIssue(todo, settings);
    return { kind: 'create', todo, title, body, labels, assignees };
  });

  return {
    operations: [...updates, ...closes, ...creates],
    unchanged,
    deferred: matching.unmatchedTodos.slice(maxNew),
    closedByHand,
    referenced: referencedTodos,
  };
}
