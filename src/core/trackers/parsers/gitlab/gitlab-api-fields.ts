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

/**
 * The key: `references.relative` when it names this issue (`#6` from a project list, `my-project#6` from a group
 * list, where iids repeat across projects), else `#<iid>`.
 */
function keyOf(read: FieldReader, iid: number): string {
  const relative = read.text('references.relative');
  return relative !== null && relative.endsWith(`#${iid}`) ? relative : `#${iid}`;
}

// Labels as names: strings, or `{name}` objects with `with_labels_details=true`.
function labelsOf(read: FieldReader, note: (problem: string) => void): string[] {
  const raw = read.list('labels');
  const labels = raw
    .map((label) => (typeof label === 'string' ? label : fieldReader(label, () => undefined).text('name')))
    .filter((label): label is string => label !== null && label.trim() !== '');
  if (labels.length < raw.length)
    note(`"labels" has ${raw.length - labels.length} entries without a name; ignored`);
  return labels;
}

function assigneesOf(read: FieldReader): string[] {
  const people = read.list('assignees');
  const single = read.object('assignee');
  return (people.length > 0 ? people : single === null ? [] : [single])
    .map((person) => {
      const who = fieldReader(person, () => undefined);
      return who.text('username') ?? who.text('name');
    })
    .filter((name): name is string => name !== null);
}

// GitLab's own count of the description's task list, else a count of it here.
function progressOf(read: FieldReader, body: string | null): { done: number; total: number } | null {
  const total = read.count('task_completion_status.count');
  const done = read.count('task_completion_status.completed_count');
  if (total === null || done === null) return countTaskList(body);
  return total > 0 && done <= total ? { done, total } : null;
}

/**
 * The fields of one issue of the GitLab REST API (`GET /projects/:id/issues`, `/groups/:id/issues`, `/issues`).
 * The due date falls back on the milestone's; the parent is the epic (`&<iid>`, Premium); severity is the
 * incident severity when set.
 */
export function gitlabApiFields(issue: GitlabIssue, note: (problem: string) => void): IssueFields {
  const read = fieldReader(issue, note);
  const labels = labelsOf(read, note);
  const workflow = gitlabWorkflow({
    state: read.text('state'),
    labels,
    duplicate: read.text('_links.closed_as_duplicate_of') !== null,
    moved: read.value('moved_to_id') !== undefined && read.value('moved_to_id') !== null,
  });
  if (workflow.problem) note(workflow.problem);
  const severity = read.text('severity');
  const epic = read.count('epic.iid') ?? read.count('epic_iid');
  const body = read.text('description');
  return {
    key: keyOf(read, issue.iid),
    title: read.text('title'),
    url: read.text('web_url'),
    workflow,
    priorityWord: null,
    severityWord: severity === null || severity.toUpperCase() === 'UNKNOWN' ? null : severity,
    labels,
    component: null,
    assignees: assigneesOf(read),
    dates: {
      due: dateAt(read, 'due_date'),
      dueFallback: dateAt(read, 'milestone.due_date'),
      created: dateAt(read, 'created_at'),
      updated: dateAt(read, 'updated_at'),
    },
    parent: epic === null ? null : `&${epic}`,
    body,
    progress: progressOf(read, body),
    line: null,
  };
}
