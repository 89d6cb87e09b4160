import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { linearCsvParser } from '../../src/core/trackers/parsers/linear-csv-parser.js';
import { readCsv } from '../../src/core/trackers/read-csv.js';

/** Real exports from public projects, kept outside the project; never copied in. */
const corpus = new URL('../../../shared/corpus/issue-tracker/', import.meta.url);
const present = existsSync(corpus);
if (!present) console.info(`corpus-linear: ${corpus.pathname} not found, Linear corpus tests skipped`);

const read = (name: string): string => readFileSync(new URL(name, corpus), 'utf8');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mon Apr 21 2025 10:17:06 GMT+0000 (GMT)` → `2025-04-21`. */
function referenceDate(text: string | undefined): string | null {
  const match = /^\w{3} (\w{3}) (\d{2}) (\d{4}) /.exec(text ?? '');
  return match
    ? `${match[3]}-${String(MONTHS.indexOf(match[1] ?? '') + 1).padStart(2, '0')}-${match[2]}`
    : null;
}

describe.skipIf(!present)('corpus: Linear CSV', () => {
  it('every issue-tracker CSV file: detect() is true only for the Linear one', () => {
    const files = readdirSync(corpus).filter((name) => name.endsWith('.csv'));
    const detected = files.filter((name) => linearCsvParser.detect(readCsv(read(name), name).header));
    expect(detected).toEqual(['linear-import-from-plane.csv']);
  });

  it('linear-import-from-plane.csv: one issue, In Progress, keyed by record number, JavaScript dates', () => {
    const name = 'linear-import-from-plane.csv';
    const text = read(name);
    const table = readCsv(text, name);
    const report = linearCsvParser.parse(table.header, table.rows, table.lines, name, {
      labels: DEFAULT_LABEL_CONVENTIONS,
    });
    // The file has no quoted cells: a split on commas is the reference reading.
    const [header = [], ...records] = text
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const cell = (record: string[], column: string) => record[header.indexOf(column)];
    expect(report.items.map((i) => [i.key, i.title, i.state, i.status, i.created, i.updated, i.due])).toEqual(
      records.map((record, index) => [
        `${name}#${index + 1}`,
        cell(record, 'Title'),
        'open',
        'in-progress',
        referenceDate(cell(record, 'Created')),
        referenceDate(cell(record, 'Updated')),
        referenceDate(cell(record, 'Due Date')),
      ]),
    );
    expect(report.items[0]).toMatchObject({
      title: 'Make smooth',
      body: 'Just make it smooth',
      priority: null,
      rawPriority: null,
      labels: ['Fast'],
      assignees: ['michael@angel.com'],
      created: '2025-04-20',
      due: '2025-04-24',
      source: { line: 2 },
    });
    // "In Progress" with a Completed date: the status decides, and the user is told.
    expect(report.warnings).toEqual([
      `${name}: no "ID" column; issues are keyed ${name}#<record number>`,
      `${name}:2: ${name}#1: status "In Progress" but a "Completed" date is set; the status decides (open)`,
    ]);
  });
});
