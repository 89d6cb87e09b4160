import { InputError } from '../../errors/input-error.js';
import type { TrackerReport } from '../../model/tracked-item.js';
import { priorityScale } from '../labels/priority-scale.js';
import type { CsvTrackerParser, TrackerOptions } from '../tracker-parser.js';
import { csvColumns } from './issues/csv-columns.js';
import { formatNotes } from './issues/format-notes.js';
import { issueItem } from './issues/issue-item.js';
import type { ItemNote } from './issues/item-note.js';
import { itemPlace } from './issues/item-note.js';
import { linearFields } from './linear/linear-fields.js';

// Columns only Linear's export (and files laid out for its importer) has; two of them tell it from other
// `Title, Status` CSV files such as a GitHub project's.
const LINEAR_COLUMNS = [
  'Team',
  'Creator',
  'Cycle Number',
  'Cycle Name',
  'Cycle Start',
  'Cycle End',
  'Triaged',
  'Canceled',
  'Parent issue',
  'Project Milestone',
  'SLA Status',
];

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/**
 * Linear's CSV export. Priority words (Urgent, High, Medium, Low; No priority is unset) rank P0–P3. Without an
 * `ID` column (files written for Linear's importer have none) items are keyed `<file>#<record number>`.
 */
export const linearCsvParser: CsvTrackerParser = {
  kind: 'csv',
  format: 'linear-csv',

  detect(header: readonly string[]): boolean {
    const columns = csvColumns(header);
    if (!columns.has('Title') || !columns.has('Status') || columns.has('Summary', 'Issue key')) return false;
    return LINEAR_COLUMNS.filter((name) => columns.has(name)).length >= 2;
  },

  parse(header, rows, lines, source: string, options: TrackerOptions): TrackerReport {
    const columns = csvColumns(header);
    if (!columns.has('Status')) {
      throw new InputError(
        source,
        'Linear CSV export without a "Status" column: cannot tell open from done',
        {
          line: 1,
        },
      );
    }
    const warnings: string[] = [];
    const hasIds = columns.has('ID');
    if (!hasIds) warnings.push(`${source}: no "ID" column; issues are keyed ${source}#<record number>`);
    const context = {
      source,
      labels: options.labels,
      priorities: priorityScale(rows.map((row) => columns.first(row, 'Priority'))),
    };
    const notes: ItemNote[] = [];
    const items = rows.flatMap((row, index) => {
      if (isBlank(row)) return [];
      const line = lines[index] ?? null;
      const key = columns.first(row, 'ID') ?? `${source}#${index + 1}`;
      const note = (problem: string) => notes.push({ place: itemPlace(source, line, key), problem });
      if (hasIds && key.startsWith(`${source}#`)) note('no "ID"; keyed by its record number');
      if (row.length > header.length) {
        note(`${row.length} cells for ${header.length} columns (a quoting problem?); extra cells ignored`);
      }
      return [issueItem(linearFields(columns, row, { key, line }, note), context, note)];
    });
    warnings.push(...formatNotes(notes));
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: 'linear-csv', items, warnings };
  },
};
