import { droppedEntriesProblem } from './dropped-entries-problem.js';
import { GH_ISSUE_FIELDS } from './gh-issue-schema.js';
import type { GhIssue } from './gh-issue-schema.js';
import { ignoredFieldProblems } from './ignored-field-problems.js';
import type { IssueFacts } from './issue-facts.js';
import { parseGithubUrl } from './parse-github-url.js';
import { readDate } from './read-date.js';
import { readIssueState } from './read-issue-state.js';

type Linked = NonNullable<GhIssue['parent']>;

const isOpen = (issue: Linked): boolean => issue.state?.toUpperCase() === 'OPEN';

/**
 * The facts of an issue of `gh issue list --json`. `raw` is the object as exported, to tell a field of the wrong
 * shape from an absent one; `absentFromFile` names the fields no issue of the export has (gh writes only the
 * fields asked for), warned once for the file rather than per issue.
 */
export function ghIssueFacts(
  raw: Readonly<Record<string, unknown>>,
  issue: GhIssue,
  absentFromFile: ReadonlySet<string>,
): IssueFacts {
  const problems = ignoredFieldProblems(raw, issue, GH_ISSUE_FIELDS);
  if (raw.number === undefined && !absentFromFile.has('number'))
    problems.push('no "number"; keyed by its position in the file');
  const labels = (issue.labels ?? []).flatMap((label) => (label === null ? [] : [label.name]));
  const assignees = (issue.assignees ?? []).flatMap((user) => (user === null ? [] : [user.login]));
  problems.push(
    ...[
      droppedEntriesProblem('labels', raw.labels, labels.length, 'a name'),
      droppedEntriesProblem('assignees', raw.assignees, assignees.length, 'a login'),
    ].filter((problem) => problem !== null),
  );
  // `closed` (a boolean gh can export on its own) says the state when `state` was not exported.
  const stateWord =
    issue.state ?? (issue.closed === undefined ? undefined : issue.closed ? 'CLOSED' : 'OPEN');
  const { state, stateReason } = readIssueState(
    stateWord,
    issue.stateReason,
    'state',
    absentFromFile.has('state') && absentFromFile.has('closed'),
    problems,
  );
  const title = issue.title?.trim() ?? '';
  if (title === '' && !absentFromFile.has('title')) problems.push('no "title"');
  const parent = issue.parent;
  const blockers = Array.isArray(issue.blockedBy) ? issue.blockedBy : (issue.blockedBy?.nodes ?? []);
  const subIssues = issue.subIssuesSummary;
  return {
    number: issue.number ?? null,
    title,
    state,
    stateReason,
    labels,
    assignees,
    milestoneDue: readDate(issue.milestone?.dueOn, 'milestone.dueOn', problems),
    created: readDate(issue.createdAt, 'createdAt', problems),
    updated: readDate(issue.updatedAt, 'updatedAt', problems),
    body: issue.body?.trim() ? issue.body : null,
    url: issue.url ?? null,
    repository: parseGithubUrl(issue.url ?? '')?.repository ?? null,
    parent:
      parent?.number === undefined
        ? null
        : {
            number: parent.number,
            repository:
              parent.repository?.nameWithOwner ?? parseGithubUrl(parent.url ?? '')?.repository ?? null,
          },
    subIssues:
      subIssues && subIssues.total > 0 ? { total: subIssues.total, completed: subIssues.completed } : null,
    openBlockers: blockers.filter(isOpen).length,
    projectStatuses: (issue.projectItems ?? []).flatMap((item) =>
      item?.status?.name ? [item.status.name] : [],
    ),
    problems,
  };
}
