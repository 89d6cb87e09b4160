import { adfText } from './adf-text.js';
import { fieldReader } from '../issues/field-reader.js';
import type { FieldReader } from '../issues/field-reader.js';
import type { IssueFields } from '../issues/issue-fields.js';
import type { JiraIssue } from './jira-json-schema.js';
import { jiraWorkflow } from './jira-workflow.js';

const dateAt = (read: FieldReader, path: string) => {
  const value = read.text(path);
  return value === null ? null : { field: path, value };
};

// A person as Jira Cloud (`displayName`, `accountId`) or Server/Data Center (`name`, `displayName`) writes them.
function personName(value: unknown): string | null {
  const read = fieldReader(value, () => undefined);
  return read.text('displayName') ?? read.text('name') ?? read.text('emailAddress') ?? read.text('accountId');
}

// `https://site.atlassian.net/rest/api/2/issue/10001` → `https://site.atlassian.net/browse/PROJ-1`.
function browseUrl(self: unknown, key: string): string | null {
  if (typeof self !== 'string') return null;
  const match = /^(https?:\/\/.+?)\/rest\/api\//.exec(self);
  return match ? `${match[1]}/browse/${key}` : null;
}

// The earliest release date of the fix versions: the first release the issue must ship in.
function fixVersionDue(read: FieldReader): { field: string; value: string } | null {
  const dates = read
    .list('fields.fixVersions')
    .map((version) => fieldReader(version, () => undefined).text('releaseDate'))
    .filter((date): date is string => date !== null)
    .sort();
  return dates[0] === undefined ? null : { field: 'fields.fixVersions.releaseDate', value: dates[0] };
}

// Done sub-tasks over all, by their status category, as the search response embeds them.
function subtaskProgress(read: FieldReader): { done: number; total: number } | null {
  const subtasks = read.list('fields.subtasks');
  if (subtasks.length === 0) return null;
  const done = subtasks.filter(
    (subtask) => fieldReader(subtask, () => undefined).text('fields.status.statusCategory.key') === 'done',
  ).length;
  return { done, total: subtasks.length };
}

function description(read: FieldReader, note: (problem: string) => void): string | null {
  const value = read.value('fields.description');
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'object' && !Array.isArray(value)) return adfText(value);
  note(`"fields.description" is ${typeof value}, expected a string or a document; ignored`);
  return null;
}

/**
 * The fields of one issue of a Jira REST search response (API v2 or v3). The description is wiki text (v2) or
 * an Atlassian Document Format document (v3), read as plain text; the due date falls back on the earliest fix
 * version release date; progress counts sub-tasks in the Done category.
 */
export function jiraJsonFields(issue: JiraIssue, note: (problem: string) => void): IssueFields {
  const read = fieldReader(issue, note);
  const workflow = jiraWorkflow(
    read.text('fields.status.name'),
    read.text('fields.status.statusCategory.key') ?? read.text('fields.status.statusCategory.name'),
    read.text('fields.resolution.name'),
  );
  if (workflow.problem) note(workflow.problem);
  const labels = read.list('fields.labels');
  if (labels.some((label) => typeof label !== 'string'))
    note('"fields.labels" has entries that are not text; ignored');
  const assignee = read.object('fields.assignee');
  return {
    key: issue.key,
    title: read.text('fields.summary'),
    url: browseUrl(issue.self, issue.key),
    workflow,
    priorityWord: read.text('fields.priority.name'),
    severityWord: null,
    labels: labels.filter((label): label is string => typeof label === 'string' && label.trim() !== ''),
    component:
      read
        .list('fields.components')
        .map((component) => fieldReader(component, () => undefined).text('name'))
        .find((name) => name !== null) ?? null,
    assignees:
      assignee === null ? [] : [personName(assignee)].filter((name): name is string => name !== null),
    dates: {
      due: dateAt(read, 'fields.duedate'),
      dueFallback: fixVersionDue(read),
      created: dateAt(read, 'fields.created'),
      updated: dateAt(read, 'fields.updated'),
    },
    parent: read.text('fields.parent.key'),
    body: description(read, note),
    progress: subtaskProgress(read),
    line: null,
  };
}
