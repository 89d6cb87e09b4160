import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrackerReport } from '../../src/core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { jiraCsvParser } from '../../src/core/trackers/parsers/jira-csv-parser.js';
import { jiraJsonParser } from '../../src/core/trackers/parsers/jira-json-parser.js';
import { readCsv } from '../../src/core/trackers/read-csv.js';

/** Real exports from public projects, kept outside the project; never copied in. */
const corpus = new URL('../../../shared/corpus/issue-tracker/', import.meta.url);
const present = existsSync(corpus);
if (!present) console.info(`corpus-jira: ${corpus.pathname} not found, Jira corpus tests skipped`);

const read = (name: string): string => readFileSync(new URL(name, corpus), 'utf8');

function parse(name: string): TrackerReport {
  const table = readCsv(read(name), name);
  return jiraCsvParser.parse(table.header, table.rows, table.lines, name, {
    labels: DEFAULT_LABEL_CONVENTIONS,
  });
}

/** A record as the reference reads it: its cells and the file line it starts on. */
interface ReferenceRecord {
  line: number;
  cells: string[];
}

/**
 * An independent reading of an RFC 4180 file, character by character, sharing no code with the importer: quoted
 * cells may hold commas, `""` and line breaks; a leading byte-order mark is dropped.
 */
function referenceCsv(text: string): ReferenceRecord[] {
  const records: ReferenceRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const source = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      cells.push(cell);
      records.push({ line: start, cells });
      [cells, cell] = [[], ''];
      line += 1;
      start = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) records.push({ line: start, cells: [...cells, cell] });
  return records;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `22/Dec/25 2:38 PM` → `2025-12-22`, as Jira writes dates in English. */
function referenceDate(text: string): string | null {
  const match = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{2}) /.exec(text);
  if (!match) return null;
  return `20${match[3]}-${String(MONTHS.indexOf(match[2] ?? '') + 1).padStart(2, '0')}-${match[1]}`;
}

/** The table of a file: a cell by column name (the first column of that name), every cell of a repeated one. */
function referenceTable(text: string) {
  const [header, ...records] = referenceCsv(text);
  const names = header?.cells ?? [];
  return records.map((record) => ({
    line: record.line,
    cell: (name: string) => (record.cells[names.indexOf(name)] ?? '').trim(),
    cells: (name: string) =>
      names.flatMap((column, index) =>
        column === name && record.cells[index]?.trim() ? [record.cells[index].trim()] : [],
      ),
  }));
}

describe.skipIf(!present)('corpus: Jira CSV', () => {
  it('every issue-tracker file: detect() is true only for the Jira CSV exports', () => {
    const files = readdirSync(corpus).sort();
    const detected = files.filter((name) => {
      if (!name.endsWith('.csv')) return false;
      return jiraCsvParser.detect(readCsv(read(name), name).header);
    });
    expect(detected).toEqual(['jira-cloud-full-export.csv', 'jira-export-timetracking.csv']);
    for (const name of files.filter((file) => file.endsWith('.json'))) {
      expect(jiraJsonParser.detect(JSON.parse(read(name)), false)).toBe(false);
    }
    const ndjson = read('gitlab-export-issues-handbook.ndjson')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown);
    expect(jiraJsonParser.detect(ndjson, true)).toBe(false);
  });

  describe('jira-cloud-full-export.csv (213 columns, Portuguese, repeated columns)', () => {
    const name = 'jira-cloud-full-export.csv';
    const report = present ? parse(name) : null;
    const reference = present ? referenceTable(read(name)) : [];
    // Jira's classic scale, the one this site uses.
    const PRIORITY: Record<string, string> = {
      Blocker: 'P0',
      Critical: 'P1',
      Major: 'P2',
      Minor: 'P3',
      Trivial: 'P4',
    };

    function referenceStatus(row: (typeof reference)[number]): [string, string] {
      const category = row.cell('Status Category');
      if (category === 'Done') {
        return ['closed', ['Cancelled', 'Aborted'].includes(row.cell('Status')) ? 'dropped' : 'done'];
      }
      return ['open', category === 'In Progress' ? 'in-progress' : 'todo'];
    }

    it('219 issues: 45 open and 174 closed, every record where the reference finds it', () => {
      expect(report?.items).toHaveLength(219);
      expect(report?.items.map((i) => [i.key, i.source.line])).toEqual(
        reference.map((row) => [row.cell('Issue key'), row.line]),
      );
      expect(report?.items.filter((i) => i.state === 'open')).toHaveLength(45);
      expect(report?.warnings).toEqual([]);
    });

    it('statuses: 151 done, 23 dropped (Cancelled, Aborted), 3 in progress, 42 todo, as the reference reads them', () => {
      expect(report?.items.map((i) => [i.key, i.state, i.status])).toEqual(
        reference.map((row) => [row.cell('Issue key'), ...referenceStatus(row)]),
      );
      const count = (status: string) => report?.items.filter((i) => i.status === status).length;
      expect([count('done'), count('dropped'), count('in-progress'), count('todo')]).toEqual([
        151, 23, 3, 42,
      ]);
    });

    it('priorities on the classic scale: 2 P0, 10 P1, 177 P2, 26 P3, 4 P4', () => {
      expect(report?.items.map((i) => [i.rawPriority, i.priority])).toEqual(
        reference.map((row) => [row.cell('Priority'), PRIORITY[row.cell('Priority')]]),
      );
      const count = (priority: string) => report?.items.filter((i) => i.priority === priority).length;
      expect(['P0', 'P1', 'P2', 'P3', 'P4'].map(count)).toEqual([2, 10, 177, 26, 4]);
    });

    it('titles, labels from the three Labels columns, components, assignees, parents and dates', () => {
      expect(
        report?.items.map((i) => [i.title, i.labels, i.module, i.assignees, i.parent, i.created, i.updated]),
      ).toEqual(
        reference.map((row) => [
          row.cell('Summary'),
          row.cells('Labels'),
          row.cell('Components') || null,
          row.cells('Assignee'),
          row.cell('Parent key') || null,
          referenceDate(row.cell('Created')),
          referenceDate(row.cell('Updated')),
        ]),
      );
    });

    it('concrete issues', () => {
      const byKey = (key: string) => report?.items.find((i) => i.key === key);
      expect(byKey('GP-4025')).toMatchObject({
        title: 'BUG: Valor de troféu não é atualizado durante a sessão',
        state: 'open',
        status: 'in-progress',
        priority: 'P2',
        severity: 'medium',
        module: 'Dominoes',
        assignees: ['Rodrigo Vargas'],
        parent: 'GP-3678',
        created: '2025-12-22',
        updated: '2026-01-05',
        due: null,
        source: { line: 2 },
      });
      expect(byKey('GP-4025')?.body).toMatch(/^\*Aparelho:\*/);
      expect(byKey('GP-3959')).toMatchObject({
        state: 'closed',
        status: 'dropped',
        stateReason: 'Cancelled',
      });
      expect(byKey('GP-3641')?.labels).toEqual(['Android', 'Instant', 'iOS']);
      expect(byKey('GP-3973')).toMatchObject({ status: 'todo', progress: { done: 0, total: 14 } });
      expect(byKey('GP-3570')).toMatchObject({ status: 'done', progress: { done: 4, total: 4 } });
      expect(byKey('GP-3485')).toMatchObject({ state: 'closed', status: 'done', priority: 'P2' });
    });
  });

  describe('jira-export-timetracking.csv (BOM, Σ headers, no Issue key)', () => {
    const name = 'jira-export-timetracking.csv';
    const report = present ? parse(name) : null;
    const reference = present ? referenceTable(read(name)) : [];

    it('39 issues, all Done and closed, keyed by record number, with their assignees and update dates', () => {
      expect(
        report?.items.map((i) => [i.key, i.title, i.state, i.status, i.assignees, i.updated, i.source.line]),
      ).toEqual(
        reference.map((row, index) => [
          `${name}#${index + 1}`,
          row.cell('Summary'),
          'closed',
          'done',
          [row.cell('Assignee')],
          referenceDate(row.cell('Updated')),
          row.line,
        ]),
      );
      expect(report?.items).toHaveLength(39);
      expect(report?.items.every((i) => i.priority === null && i.updated === '2026-07-06')).toBe(true);
      expect(report?.warnings).toEqual([
        `${name}: no "Issue key" column; issues are keyed ${name}#<record number>`,
      ]);
    });
  });
});
