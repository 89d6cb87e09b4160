import type { CsvColumns } from '../issues/csv-columns.js';
import type { IssueFields } from '../issues/issue-fields.js';
import { jiraWorkflow } from './jira-workflow.js';

/** Where one record is and what the rest of the file tells about it. */
export interface JiraCsvRecord {
  row: readonly string[];
  key: string;
  line: number | null;
  /** `Issue id` → `Issue key` over the whole file, to turn a `Parent` id into its key. */
  keysById: ReadonlyMap<string, string>;
}

const dateOf = (columns: CsvColumns, row: readonly string[], field: string) => {
  const value = columns.first(row, field);
  return value === null ? null : { field, value };
};

// The "Checklist for Jira" app exports its progress as `Checklist: 4/14`.
function checklistProgress(cell: string | null): { done: number; total: number } | null {
  const match = /(\d+)\s*\/\s*(\d+)/.exec(cell ?? '');
  if (!match) return null;
  const [done, total] = [Number(match[1]), Number(match[2])];
  return total > 0 && done <= total ? { done, total } : null;
}

/**
 * The fields of one record of a Jira CSV export. `Parent key` names the parent; older exports only have `Parent`
 * or `Parent id`, Jira's numeric issue id, turned into a key when that issue is in the file and kept as written
 * otherwise. Severity comes from a `Severity` or `Bug Severity` field when the site has one.
 */
export function jiraCsvFields(
  columns: CsvColumns,
  record: JiraCsvRecord,
  note: (problem: string) => void,
): IssueFields {
  const { row } = record;
  const parentId = columns.first(row, 'Parent', 'Parent id');
  const workflow = jiraWorkflow(
    columns.first(row, 'Status'),
    columns.first(row, 'Status Category'),
    columns.first(row, 'Resolution'),
  );
  if (workflow.problem) note(workflow.problem);
  return {
    key: record.key,
    title: columns.first(row, 'Summary'),
    url: null,
    workflow,
    priorityWord: columns.first(row, 'Priority'),
    severityWord: columns.first(row, 'Severity', 'Custom field (Severity)', 'Custom field (Bug Severity)'),
    labels: columns.all(row, 'Labels'),
    component: columns.first(row, 'Component/s', 'Components'),
    assignees: columns.all(row, 'Assignee'),
    dates: {
      due: dateOf(columns, row, 'Due date'),
      dueFallback: null,
      created: dateOf(columns, row, 'Created'),
      updated: dateOf(columns, row, 'Updated'),
    },
    parent:
      columns.first(row, 'Parent key') ??
      (parentId === null ? null : (record.keysById.get(parentId) ?? parentId)),
    body: columns.first(row, 'Description'),
    progress: checklistProgress(columns.first(row, 'Custom field (Checklist Progress)')),
    line: record.line,
  };
}
