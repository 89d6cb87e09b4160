import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { linearCsvParser } from '../../src/core/trackers/parsers/linear-csv-parser.js';
import { readCsv } from '../../src/core/trackers/read-csv.js';

const fixtures = new URL('../fixtures/trackers/', import.meta.url);
const tableOf = (path: string) => readCsv(readFileSync(new URL(path, fixtures), 'utf8'), path);

function parseFixture(name: string): TrackerReport {
  const table = tableOf(`linear-csv/${name}`);
  return linearCsvParser.parse(table.header, table.rows, table.lines, name, {
    labels: DEFAULT_LABEL_CONVENTIONS,
  });
}

function item(report: TrackerReport, key: string): TrackedItem {
  const found = report.items.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key} in ${report.items.map((i) => i.key).join(', ')}`);
  return found;
}

describe('linearCsvParser.detect', () => {
  it("takes Linear's export and files laid out for its importer", () => {
    expect(linearCsvParser.detect(tableOf('linear-csv/linear-export.csv').header)).toBe(true);
    expect(linearCsvParser.detect(tableOf('linear-csv/linear-importer-layout.csv').header)).toBe(true);
  });

  it('leaves Jira, GitHub project and other CSV files alone', () => {
    expect(linearCsvParser.detect(tableOf('jira-csv/jira-cloud-status-category.csv').header)).toBe(false);
    expect(linearCsvParser.detect(tableOf('jira-csv/jira-no-issue-key.csv').header)).toBe(false);
    expect(linearCsvParser.detect(['Title', 'URL', 'Assignees', 'Status', 'Labels', 'Milestone'])).toBe(
      false,
    );
    expect(linearCsvParser.detect(['Title', 'Status', 'Team'])).toBe(false);
    expect(linearCsvParser.detect(tableOf('linear-csv/linear-no-status.csv').header)).toBe(false);
  });
});

describe('linearCsvParser.parse: a Linear export', () => {
  const report = parseFixture('linear-export.csv');

  it('reads every field of an issue', () => {
    expect(report.format).toBe('linear-csv');
    expect(item(report, 'ENG-1')).toEqual({
      key: 'ENG-1',
      title: 'Ship SSO',
      url: null,
      state: 'open',
      status: 'in-progress',
      priority: 'P0',
      severity: null,
      labels: ['Feature', 'area/auth', 'release-blocker'],
      module: 'auth',
      assignees: ['dana@acme.test'],
      due: '2025-03-14',
      created: '2025-02-20',
      parent: null,
      body: 'SAML and OIDC.\nNeeds a security review.',
      stateReason: null,
      progress: null,
      rawPriority: 'Urgent',
      blocking: true,
      updated: '2025-03-05',
      section: [],
      source: { file: 'linear-export.csv', line: 2, kind: 'tracker' },
    });
  });

  it('reads Done, Canceled and Duplicate; an unknown status falls back on the lifecycle dates', () => {
    const rows = report.items.map((i) => [i.key, i.state, i.status, i.stateReason]);
    expect(rows).toEqual([
      ['ENG-1', 'open', 'in-progress', null],
      ['ENG-2', 'closed', 'done', null],
      ['ENG-3', 'closed', 'dropped', 'Canceled'],
      ['ENG-4', 'closed', 'dropped', 'Duplicate'],
      ['ENG-5', 'open', 'in-progress', null],
      ['ENG-6', 'open', 'todo', null],
    ]);
    expect(item(report, 'ENG-2')).toMatchObject({ parent: 'ENG-1', priority: 'P1', source: { line: 4 } });
  });

  it('ranks Urgent…Low as P0–P3; No priority falls back on a P-label; the cycle end is the due date', () => {
    expect(report.items.map((i) => [i.rawPriority, i.priority])).toEqual([
      ['Urgent', 'P0'],
      ['High', 'P1'],
      ['Low', 'P3'],
      ['Medium', 'P2'],
      ['P1', 'P1'],
      ['Whenever', null],
    ]);
    expect(item(report, 'ENG-5')).toMatchObject({ labels: ['Bug', 'P1'], due: '2025-03-31' });
  });

  it('warns on unknown words, ambiguous dates and stale lifecycle dates', () => {
    expect(item(report, 'ENG-6').due).toBeNull();
    expect(report.warnings).toEqual([
      'linear-export.csv:7: ENG-5: unknown status "Ready for QA"; read as in-progress from its "Started" date',
      'linear-export.csv:8: ENG-6: status "Todo" but a "Completed" date is set; the status decides (open)',
      'linear-export.csv:8: ENG-6: unknown priority "Whenever" (this file ranks urgent, high, medium, low); priority left unknown',
      'linear-export.csv:8: ENG-6: "Due Date" is not a date gonogo can read: "03/04/2025"; ignored',
    ]);
  });
});

describe('linearCsvParser.parse: other shapes', () => {
  it('keys records by number without an ID column and reads JavaScript dates as written', () => {
    const report = parseFixture('linear-importer-layout.csv');
    expect(report.items.map((i) => [i.key, i.status, i.priority, i.created, i.due, i.body])).toEqual([
      ['linear-importer-layout.csv#1', 'todo', 'P1', '2025-04-20', '2025-04-25', 'Profile the hot path'],
      ['linear-importer-layout.csv#2', 'done', 'P0', '2025-04-21', null, null],
    ]);
    expect(report.warnings).toEqual([
      'linear-importer-layout.csv: no "ID" column; issues are keyed linear-importer-layout.csv#<record number>',
    ]);
  });

  it('refuses an export without a Status column, on one located line', () => {
    const run = () => parseFixture('linear-no-status.csv');
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      'linear-no-status.csv:1: Linear CSV export without a "Status" column: cannot tell open from done',
    );
  });
});
