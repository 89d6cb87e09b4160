import type { ScannedTodo } from '../../model/todo.js';
import { escapeMarkdown, inlineCode } from '../../report/escape-markdown.js';
import { plural } from '../../text/plural.js';
import type { TodoIssue } from './todo-issue.js';
import type { TodoSyncOperation } from './todo-sync-plan.js';
import type { TodoSyncResult } from './todo-sync-result.js';

/** Longest list shown per section: a job summary stays readable on a repository with thousands of TODOs. */
const MAX_LISTED = 50;

type Outcome = 'created' | 'updated' | 'moved' | 'closed' | 'reopened';

const outcomeOf = (operation: TodoSyncOperation): Outcome =>
  operation.kind === 'create'
    ? 'created'
    : operation.kind === 'close'
      ? 'closed'
      : operation.kind === 'reopen'
        ? 'reopened'
        : operation.how === 'moved'
          ? 'moved'
          : 'updated';

const todoLine = (todo: ScannedTodo) =>
  `${escapeMarkdown(`${todo.keyword}: ${todo.text}`)} — ${inlineCode(todo.path)} line ${todo.line}`;
const issueLink = (issue: Pick<TodoIssue, 'number' | 'htmlUrl'>) => `[#${issue.number}](${issue.htmlUrl})`;

/** One list item: the issue (a link when it exists) and the TODO, or the issue's title when the TODO is gone. */
function item(operation: TodoSyncOperation, written?: { number: number; url: string }): string {
  const link = written
    ? issueLink({ number: written.number, htmlUrl: written.url })
    : operation.kind === 'create'
      ? 'new issue'
      : issueLink(operation.issue);
  const what = operation.kind === 'close' ? escapeMarkdown(operation.issue.title) : todoLine(operation.todo);
  return `- ${link} ${what}`;
}

function list(title: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  const more = lines.length > MAX_LISTED ? [`- …and ${lines.length - MAX_LISTED} more`] : [];
  return ['', `#### ${title}`, '', ...lines.slice(0, MAX_LISTED), ...more];
}

/**
 * The sync as markdown for a job summary: one line of counts (created, updated, moved, closed, reopened,
 * unchanged, deferred), the failure that stopped it if any, then a list per outcome with links to the issues.
 * A dry run says what would be done. All text from the code or from issues is escaped.
 */
export function renderSyncSummary(result: Omit<TodoSyncResult, 'summary'>): string {
  const dryRun = result.mode === 'dry-run';
  const done: { operation: TodoSyncOperation; written?: { number: number; url: string } }[] = dryRun
    ? result.plan.operations.map((operation) => ({ operation }))
    : result.applied.map((applied) => ({ operation: applied.operation, written: applied }));
  const byOutcome = (outcome: Outcome) => done.filter(({ operation }) => outcomeOf(operation) === outcome);
  const { unchanged, deferred, closedByHand } = result.plan;
  // [count, done, planned]: a dry run says what it would do.
  const tally: [number, string, string][] = [
    [byOutcome('created').length, 'created', 'to create'],
    [byOutcome('updated').length, 'updated', 'to update'],
    [byOutcome('moved').length, 'moved', 'to move'],
    [byOutcome('closed').length, 'closed', 'to close'],
    [byOutcome('reopened').length, 'reopened', 'to reopen'],
    [unchanged.length, 'unchanged', 'unchanged'],
    [deferred.length, 'deferred', 'deferred'],
  ];
  if (closedByHand.length > 0) tally.push([closedByHand.length, 'closed by hand', 'closed by hand']);
  const counts = tally.map(([count, past, planned]) => `${count} ${dryRun ? planned : past}`);
  const lines = ['### TODO issues', ''];
  if (dryRun) lines.push(`Dry run at ${inlineCode(result.sha)}: nothing was written. ${counts.join(', ')}.`);
  else lines.push(`Synced at ${inlineCode(result.sha)}: ${counts.join(', ')}.`);
  if (result.failure) {
    const { operation, message } = result.failure;
    lines.push(
      '',
      `**The sync stopped**: ${operation.kind} failed (${escapeMarkdown(message)}). ` +
        `${plural(result.notAttempted.length, 'operation')} not attempted; the next run picks them up ` +
        'without opening an issue twice.',
    );
  }
  if (deferred.length > 0)
    lines.push(
      '',
      `${plural(deferred.length, 'more TODO', 'more TODOs')} will be opened on the next runs ` +
        '(the number opened per run is capped).',
    );
  const section = (outcome: Outcome, title: string) =>
    list(
      title,
      byOutcome(outcome).map(({ operation, written }) => item(operation, written)),
    );
  lines.push(
    ...section('created', dryRun ? 'To create' : 'Created'),
    ...section('updated', dryRun ? 'To update' : 'Updated'),
    ...section('moved', dryRun ? 'To move' : 'Moved'),
    ...section('closed', dryRun ? 'To close' : 'Closed'),
    ...section('reopened', dryRun ? 'To reopen' : 'Reopened'),
    ...list(
      'Closed by hand, TODO still in code',
      closedByHand.map(({ todo, issue }) => `- ${issueLink(issue)} ${todoLine(todo)}`),
    ),
    ...list(
      'Deferred to the next runs',
      deferred.map((todo) => `- ${todoLine(todo)}`),
    ),
  );
  return `${lines.join('\n')}\n`;
}
