import { droppedEntriesProblem } from './dropped-entries-problem.js';
import { ignoredFieldProblems } from './ignored-field-problems.js';
import type { IssueFacts, IssueRef } from './issue-facts.js';
import { parseGithubUrl } from './parse-github-url.js';
import { readDate } from './read-date.js';
import { readIssueState } from './read-issue-state.js';
import { REST_ISSUE_FIELDS } from './rest-issue-schema.js';
import type { RestIssue } from './rest-issue-schema.js';

function parentOf(url: string | null | undefined, problems: string[]): IssueRef | null {
  if (url === null || url === undefined || url === '') return null;
  const parts = parseGithubUrl(url);
  if (parts?.number !== null && parts?.number !== undefined)
    return { repository: parts.repository, number: parts.number };
  problems.push(`"parent_issue_url" is not an issue address: ${JSON.stringify(url)}; ignored`);
  return null;
}

/**
 * The facts of a REST issue. `raw` is the object as exported, to tell a field of the wrong shape from an absent
 * one; `absentFromFile` names the fields no issue of the export has (warned once for the file, not per issue).
 */
export function restIssueFacts(
  raw: Readonly<Record<string, unknown>>,
  issue: RestIssue,
  absentFromFile: ReadonlySet<string>,
): IssueFacts {
  const problems = ignoredFieldProblems(raw, issue, REST_ISSUE_FIELDS);
  if (raw.number === undefined && !absentFromFile.has('number'))
    problems.push('no "number"; keyed by its position in the file');
  const labels = (issue.labels ?? []).flatMap((label) =>
    label === null ? [] : [typeof label === 'string' ? label : label.name],
  );
  // `assignee` is the first of `assignees`, kept by GitHub for old clients; older dumps may hold only it.
  const users = issue.assignees ?? (issue.assignee ? [issue.assignee] : []);
  const assignees = users.flatMap((user) => (user === null ? [] : [user.login]));
  problems.push(
    ...[
      droppedEntriesProblem('labels', raw.labels, labels.length, 'a name'),
      droppedEntriesProblem('assignees', raw.assignees, assignees.length, 'a login'),
    ].filter((problem) => problem !== null),
  );
  const { state, stateReason } = readIssueState(
    issue.state,
    issue.state_reason,
    'state',
    absentFromFile.has('state'),
    problems,
  );
  const title = issue.title?.trim() ?? '';
  if (title === '' && !absentFromFile.has('title')) problems.push('no "title"');
  const subIssues = issue.sub_issues_summary;
  return {
    number: issue.number ?? null,
    title,
    state,
    stateReason,
    labels,
    assignees,
    milestoneDue: readDate(issue.milestone?.due_on, 'milestone.due_on', problems),
    created: readDate(issue.created_at, 'created_at', problems),
    updated: readDate(issue.updated_at, 'updated_at', problems),
    body: issue.body?.trim() ? issue.body : null,
    url: issue.html_url ?? null,
    repository:
      parseGithubUrl(issue.repository_url ?? '')?.repository ??
      parseGithubUrl(issue.html_url ?? '')?.repository ??
      null,
    parent: parentOf(issue.parent_issue_url, problems),
    subIssues:
      subIssues && subIssues.total > 0 ? { total: subIssues.total, completed: subIssues.completed } : null,
    openBlockers: issue.issue_dependencies_summary?.blocked_by ?? 0,
    projectStatuses: [],
    problems,
  };
}
