import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { jiraCsvParser } from '../../src/core/trackers/parsers/jira-csv-parser.js';
import { readCsv } from '../../src/core/trackers/read-csv.js';

const fixtures = new URL('../fixtures/trackers/jira-csv/', import.meta.url);

function parseFixture(name: string): TrackerReport {
  const table = readCsv(readFileSync(new URL(name, fixtures), 'utf8'), name);
  return jiraCsvParser.parse(table.header, table.rows, table.lines, name, {
    labels: DEFAULT_LABEL_CONVENTIONS,
  });
}

function item(report: TrackerReport, key: string): TrackedItem {
  const found = report.items.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key} in ${report.items.map((i) => i.key).join(', ')}`);
  return found;
}

describe('jiraCsvParser.detect', () => {
  it('takes Jira exports, with or without the issue key', () => {
    expect(jiraCsvParser.detect(['Summary', 'Issue key', 'Issue id', 'Status'])).toBe(true);
    expect(jiraCsvParser.detect(['Issue Type', 'Summary', 'Assignee', 'Status', 'Updated'])).toBe(true);
  });

  it('leaves Linear, GitHub project and other CSV files alone', () => {
    const linear = ['ID', 'Team', 'Title', 'Description', 'Status', 'Priority', 'Cycle Name', 'Creator'];
    expect(jiraCsvParser.detect(linear)).toBe(false);
    expect(jiraCsvParser.detect(['Title', 'URL', 'Assignees', 'Status', 'Labels', 'Milestone'])).toBe(false);
    expect(jiraCsvParser.detect(['Summary', 'Status', 'Owner'])).toBe(false);
  });
});

describe('jiraCsvParser.parse: Cloud export with Status Category', () => {
  const report = parseFixture('jira-cloud-status-category.csv');

  it('reads every record as an item with all its fields', () => {
    expect(report.format).toBe('jira-csv');
    expect(report.items.map((i) => i.key)).toEqual([
      'PAY-1',
      'PAY-2',
      'PAY-3',
      'PAY-4',
      'PAY-5',
      'PAY-6',
      'PAY-7',
    ]);
    expect(item(report, 'PAY-1')).toEqual({
      key: 'PAY-1',
      title: 'Card payments go live',
      url: null,
      state: 'closed',
      status: 'done',
      priority: 'P0',
      severity: null,
      labels: ['release-blocker', 'backend'],
      module: 'Billing',
      assignees: ['Ana Souza'],
      due: '2024-05-20',
      created: '2024-04-01',
      parent: null,
      body: 'Ship card payments to production.',
      stateReason: 'Done',
      progress: null,
      rawPriority: 'Highest',
      blocking: true,
      updated: '2024-05-20',
      section: [],
      source: { file: 'jira-cloud-status-category.csv', line: 2, kind: 'tracker' },
    });
  });

  it('takes open or closed from the status category, refined by the status word and the resolution', () => {
    const rows = report.items.map((i) => [i.key, i.state, i.status, i.stateReason]);
    expect(rows).toEqual([
      ['PAY-1', 'closed', 'done', 'Done'],
      ['PAY-2', 'closed', 'dropped', 'Cancelled'],
      ['PAY-3', 'open', 'in-progress', null],
      ['PAY-4', 'open', 'blocked', null],
      ['PAY-5', 'open', 'todo', null],
      ['PAY-6', 'closed', 'dropped', "Won't Do"],
      ['PAY-7', 'open', 'todo', null],
    ]);
  });

  it('ranks priorities within the file scale; the priority field wins over a P-label', () => {
    expect(report.items.map((i) => [i.rawPriority, i.priority])).toEqual([
      ['Highest', 'P0'],
      ['Low', 'P3'],
      ['High', 'P1'],
      ['Medium', 'P2'],
      ['Urgentíssimo', null],
      ['Low', 'P3'],
      ['Medium', 'P2'],
    ]);
  });

  it('reads parent key, multi-line description, severity, checklist progress and area labels', () => {
    expect(item(report, 'PAY-3')).toMatchObject({
      parent: 'PAY-1',
      body: 'Retry failed webhooks.\nBackoff: 1m, 5m, 30m.',
      severity: 'high',
      progress: { done: 2, total: 5 },
      source: { line: 4 },
    });
    expect(item(report, 'PAY-4')).toMatchObject({
      module: 'payments',
      severity: 'medium',
      source: { line: 6 },
    });
  });

  it('keeps bad fields unknown, one warning each naming the place, the field and the value', () => {
    expect(item(report, 'PAY-5')).toMatchObject({ priority: null, due: null, updated: null, severity: null });
    expect(report.warnings).toEqual([
      'jira-cloud-status-category.csv:7: PAY-5: unknown priority "Urgentíssimo" (this file ranks highest, high, medium, low, lowest); priority left unknown',
      'jira-cloud-status-category.csv:7: PAY-5: unknown severity "Bizarre"; ignored',
      'jira-cloud-status-category.csv:7: PAY-5: "Due date" is not a date gonogo can read: "soon"; ignored',
      'jira-cloud-status-category.csv:7: PAY-5: "Updated" is not a date gonogo can read: "yesterday"; ignored',
    ]);
  });
});

describe('jiraCsvParser.parse: Server export without Status Category', () => {
  const report = parseFixture('jira-server-no-category.csv');

  it('reads statuses by their words, in English and Portuguese; resolutions drop or close', () => {
    const rows = report.items.map((i) => [i.key, i.state, i.status, i.stateReason]);
    expect(rows).toEqual([
      ['OPS-10', 'open', 'todo', null],
      ['OPS-11', 'open', 'in-progress', null],
      ['OPS-12', 'closed', 'dropped', 'Duplicate'],
      ['OPS-13', 'open', 'todo', null],
      ['OPS-14', 'closed', 'done', 'Fixed'],
      ['OPS-15', 'closed', 'done', 'Fixed'],
      ['OPS-16', 'open', 'todo', null],
      ['OPS-17', 'open', 'todo', null],
    ]);
  });

  it('ranks the classic Blocker…Trivial scale: Critical is P1 there', () => {
    expect(report.items.slice(0, 5).map((i) => [i.rawPriority, i.priority])).toEqual([
      ['Blocker', 'P0'],
      ['Critical', 'P1'],
      ['Major', 'P2'],
      ['Minor', 'P3'],
      ['Trivial', 'P4'],
    ]);
  });

  it('collects every cell of repeated columns; the first component is the module', () => {
    expect(item(report, 'OPS-10')).toMatchObject({
      labels: ['infra', 'release-blocker'],
      module: 'Database',
      blocking: true,
      due: '2023-12-01',
      created: '2023-11-02',
      updated: '2023-11-20',
    });
  });

  it('turns a Parent id into its key when that issue is in the file, else keeps the id', () => {
    expect(item(report, 'OPS-15')).toMatchObject({ parent: 'OPS-10', body: 'Steps:\n1. Rotate\n2. Verify' });
    expect(item(report, 'OPS-16').parent).toBe('99999');
  });

  it('skips blank records, keeps lines of records after multi-line cells, warns on unknown statuses', () => {
    expect(item(report, 'OPS-16').source.line).toBe(10);
    expect(item(report, 'OPS-17').source.line).toBe(12);
    expect(report.warnings).toEqual([
      'jira-server-no-category.csv:5: OPS-13: unknown status "Waiting for QA"; read as open (todo)',
      'jira-server-no-category.csv:6: OPS-14: unknown status "Deployed"; read as closed (resolution "Fixed")',
      'jira-server-no-category.csv:12: OPS-17: 18 cells for 17 columns (a quoting problem?); extra cells ignored',
    ]);
  });
});

describe('jiraCsvParser.parse: edge shapes', () => {
  it('keys records by number when the export has no Issue key column, and says so once', () => {
    const report = parseFixture('jira-no-issue-key.csv');
    expect(report.items.map((i) => [i.key, i.title, i.status, i.updated, i.assignees])).toEqual([
      ['jira-no-issue-key.csv#1', 'Login fails on Safari', 'done', '2026-07-06', ['Eva Prado']],
      ['jira-no-issue-key.csv#2', 'Copy changes', 'in-progress', '2026-07-05', ['Eva Prado']],
    ]);
    expect(report.warnings).toEqual([
      'jira-no-issue-key.csv: no "Issue key" column; issues are keyed jira-no-issue-key.csv#<record number>',
    ]);
  });

  it('refuses an export without a Status column, on one located line', () => {
    expect(() => parseFixture('jira-no-status.csv')).toThrow(InputError);
    expect(() => parseFixture('jira-no-status.csv')).toThrow(
      'jira-no-status.csv:1: Jira CSV export without a "Status" column: cannot tell open from done',
    );
  });

  it('warns when the export holds no issue', () => {
    const report = jiraCsvParser.parse(['Issue key', 'Summary', 'Status'], [], [], 'empty.csv', {
      labels: DEFAULT_LABEL_CONVENTIONS,
    });
    expect(report).toMatchObject({ items: [], warnings: ['empty.csv: no issues in the export'] });
  });
});
