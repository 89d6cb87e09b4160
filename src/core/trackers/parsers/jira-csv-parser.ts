import { InputError } from '../../errors/input-error.js';
import type { TrackerReport } from '../../model/tracked-item.js';
import { priorityScale } from '../labels/priority-scale.js';
import type { CsvTrackerParser, TrackerOptions } from '../tracker-parser.js';
import { csvColumns } from './issues/csv-columns.js';
import { formatNotes } from './issues/format-notes.js';
import { issueItem } from './issues/issue-item.js';
import type { ItemNote } from './issues/item-note.js';
import { itemPlace } from './issues/item-note.js';
import { jiraCsvFields } from './jira/jira-csv-fields.js';

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/**
 * Jira's "Export CSV" (all fields or current fields): one record per issue, multi-value fields (`Labels`,
 * `Component/s`, `Sprint`, `Watchers`) as repeated columns of one name, all read. A `Status` column is required
 * (it decides what is done); without `Issue key` (a "current fields" export may leave it out) items are keyed
 * `<file>#<record number>`. Other columns are ignored.
 */
export const jiraCsvParser: CsvTrackerParser = {
  kind: 'csv',
  format: 'jira-csv',

  detect(header: readonly string[]): boolean {
    const columns = csvColumns(header);
    return (
      columns.has('Issue key') ||
      (columns.has('Summary') && columns.has('Issue Type', 'Issue id', 'Status Category'))
    );
  },

  parse(header, rows, lines, source: string, options: TrackerOptions): TrackerReport {
    const columns = csvColumns(header);
    if (!columns.has('Status')) {
      throw new InputError(source, 'Jira CSV export without a "Status" column: cannot tell open from done', {
        line: 1,
      });
    }
    const warnings: string[] = [];
    const hasKeys = columns.has('Issue key');
    if (!hasKeys) {
      warnings.push(`${source}: no "Issue key" column; issues are keyed ${source}#<record number>`);
    }
    const keysById = new Map<string, string>();
    for (const row of rows) {
      const [id, key] = [columns.first(row, 'Issue id'), columns.first(row, 'Issue key')];
      if (id !== null && key !== null) keysById.set(id, key);
    }
    const context = {
      source,
      labels: options.labels,
      priorities: priorityScale(rows.map((row) => columns.first(row, 'Priority'))),
    };
    const notes: ItemNote[] = [];
    const items = rows.flatMap((row, index) => {
      if (isBlank(row)) return [];
      const line = lines[index] ?? null;
      const key = columns.first(row, 'Issue key') ?? `${source}#${index + 1}`;
      const note = (problem: string) => notes.push({ place: itemPlace(source, line, key), problem });
      if (hasKeys && key.startsWith(`${source}#`)) note('no "Issue key"; keyed by its record number');
      if (row.length > header.length) {
        note(`${row.length} cells for ${header.length} columns (a quoting problem?); extra cells ignored`);
      }
      return [issueItem(jiraCsvFields(columns, { row, key, line, keysById }, note), context, note)];
    });
    warnings.push(...formatNotes(notes));
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: 'jira-csv', items, warnings };
  },
};
