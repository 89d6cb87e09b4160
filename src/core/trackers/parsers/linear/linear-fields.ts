import type { CsvColumns } from '../issues/csv-columns.js';
import type { IssueFields } from '../issues/issue-fields.js';
import { linearWorkflow } from './linear-workflow.js';

const dateOf = (columns: CsvColumns, row: readonly string[], field: string) => {
  const value = columns.first(row, field);
  return value === null ? null : { field, value };
};

/**
 * The fields of one record of a Linear CSV export (`ID, Team, Title, Description, Status, Estimate, Priority,
 * …, Labels, Cycle Number, Cycle Name, Cycle Start, Cycle End, Created, Updated, Started, Triaged, Completed,
 * Canceled, Archived, Due Date, Parent issue, …`). Labels are one comma-separated cell. The due date falls back on
 * the end of the issue's cycle, Linear's time box for it. The export has no web address. `Issue description` is
 * the column name of CSV files laid out for Linear's importer (plane-to-linear).
 */
export function linearFields(
  columns: CsvColumns,
  row: readonly string[],
  record: { key: string; line: number | null },
  note: (problem: string) => void,
): IssueFields {
  const workflow = linearWorkflow(columns.first(row, 'Status'), {
    started: columns.first(row, 'Started') !== null,
    completed: columns.first(row, 'Completed') !== null,
    canceled: columns.first(row, 'Canceled') !== null,
  });
  if (workflow.problem) note(workflow.problem);
  return {
    key: record.key,
    title: columns.first(row, 'Title'),
    url: null,
    workflow,
    priorityWord: columns.first(row, 'Priority'),
    severityWord: null,
    labels: columns
      .all(row, 'Labels')
      .flatMap((cell) => cell.split(','))
      .map((label) => label.trim())
      .filter((label) => label !== ''),
    component: null,
    assignees: columns.all(row, 'Assignee'),
    dates: {
      due: dateOf(columns, row, 'Due Date'),
      dueFallback: dateOf(columns, row, 'Cycle End'),
      created: dateOf(columns, row, 'Created'),
      updated: dateOf(columns, row, 'Updated'),
    },
    parent: columns.first(row, 'Parent issue'),
    body: columns.first(row, 'Description', 'Issue description'),
    progress: null,
    line: record.line,
  };
}
