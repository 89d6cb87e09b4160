import { fieldReader } from '../issues/field-reader.js';
import type { FieldReader } from '../issues/field-reader.js';
import type { IssueFields } from '../issues/issue-fields.js';
import { countTaskList } from './count-task-list.js';
import type { GitlabIssue } from './gitlab-schema.js';
import { gitlabWorkflow } from './gitlab-workflow.js';

const dateAt = (read: FieldReader, path: string) => {
  const value = read.text(path);
  return value === null ? null : { field: path, value };
};

const isSet = (read: FieldReader, path: string): boolean =>
  read.value(path) !== undefined && read.value(path) !== null;

/**
 * The fields of one issue of a GitLab project export (`tree/project/issues.ndjson`). Labels are nested
 * (`label_links[].label.title`); assignees are user ids only (`issue_assignees[].user_id`; names live in
 * `project_members.ndjson`), written `user:<id>`; progress counts the description's task list, as GitLab does.
 * The export has no web address.
 */
export function gitlabExportFields(
  issue: GitlabIssue,
  line: number,
  note: (problem: string) => void,
): IssueFields {
  const read = fieldReader(issue, note);
  const labels = read
    .list('label_links')
    .map((link) => fieldReader(link, () => undefined).text('label.title'))
    .filter((label): label is string => label !== null);
  const workflow = gitlabWorkflow({
    state: read.text('state'),
    labels,
    duplicate: isSet(read, 'duplicated_to_id'),
    moved: isSet(read, 'moved_to_id'),
  });
  if (workflow.problem) note(workflow.problem);
  const severity = read.text('issuable_severity.severity');
  const epic = read.count('epic_issue.epic.iid');
  const body = read.text('description');
  return {
    key: `#${issue.iid}`,
    title: read.text('title'),
    url: null,
    workflow,
    priorityWord: null,
    severityWord: severity === null || severity.toUpperCase() === 'UNKNOWN' ? null : severity,
    labels,
    component: null,
    assignees: read
      .list('issue_assignees')
      .map((assignee) => fieldReader(assignee, () => undefined).text('user_id'))
      .filter((id): id is string => id !== null)
      .map((id) => `user:${id}`),
    dates: {
      due: dateAt(read, 'due_date'),
      dueFallback: dateAt(read, 'milestone.due_date'),
      created: dateAt(read, 'created_at'),
      updated: dateAt(read, 'updated_at'),
    },
    parent: epic === null ? null : `&${epic}`,
    body,
    progress: countTaskList(body),
    line,
  };
}
