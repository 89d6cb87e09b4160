import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { jiraJsonParser } from '../../src/core/trackers/parsers/jira-json-parser.js';

const fixtures = new URL('../fixtures/trackers/', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'));
const options = { labels: DEFAULT_LABEL_CONVENTIONS };
const parseFixture = (name: string): TrackerReport =>
  jiraJsonParser.parse(readJson(`jira-json/${name}`), name, options);

function item(report: TrackerReport, key: string): TrackedItem {
  const found = report.items.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key} in ${report.items.map((i) => i.key).join(', ')}`);
  return found;
}

describe('jiraJsonParser.detect', () => {
  it('takes search pages (v2, v3, empty), pages one per line, and bare arrays of issues', () => {
    expect(jiraJsonParser.detect(readJson('jira-json/jira-search-v2.json'), false)).toBe(true);
    expect(jiraJsonParser.detect(readJson('jira-json/jira-search-v3-adf.json'), false)).toBe(true);
    expect(jiraJsonParser.detect(readJson('jira-json/jira-search-empty.json'), false)).toBe(true);
    const page = readJson('jira-json/jira-search-v2.json') as { issues: unknown[] };
    expect(jiraJsonParser.detect([page, page], true)).toBe(true);
    expect(jiraJsonParser.detect(page.issues, false)).toBe(true);
  });

  it('leaves GitLab, GitHub and other JSON alone', () => {
    expect(jiraJsonParser.detect(readJson('gitlab-json/gitlab-project-issues.json'), false)).toBe(false);
    expect(jiraJsonParser.detect(readJson('gitlab-json/gitlab-single-issue.json'), false)).toBe(false);
    const ndjson = readFileSync(new URL('gitlab-ndjson/gitlab-export-labels.ndjson', fixtures), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(jiraJsonParser.detect(ndjson, true)).toBe(false);
    expect(jiraJsonParser.detect([{ number: 1, title: 'GitHub', state: 'open', labels: [] }], false)).toBe(
      false,
    );
    expect(jiraJsonParser.detect({ issues: [{ number: 1, title: 'x' }] }, false)).toBe(false);
    expect(jiraJsonParser.detect({ issues: [] }, false)).toBe(false);
    expect(jiraJsonParser.detect([], false)).toBe(false);
  });
});

describe('jiraJsonParser.parse: REST v2 search', () => {
  const report = parseFixture('jira-search-v2.json');

  it('reads every field of an issue', () => {
    expect(report.format).toBe('jira-json');
    expect(item(report, 'SHOP-1')).toEqual({
      key: 'SHOP-1',
      title: 'Checkout fails with expired cards',
      url: 'https://acme.atlassian.net/browse/SHOP-1',
      state: 'open',
      status: 'in-progress',
      priority: 'P1',
      severity: 'high',
      labels: ['checkout', 'severity/high'],
      module: 'Payments',
      assignees: ['Mia Chen'],
      // No due date of its own: the earliest fix version release.
      due: '2024-06-30',
      // 23:30 at -07:00 is still the 1st where it was written.
      created: '2024-06-01',
      parent: null,
      body: 'Card declined screen shows a blank page.\n\n*Steps:* pay with an expired card.',
      stateReason: null,
      progress: { done: 1, total: 2 },
      rawPriority: 'High',
      blocking: false,
      updated: '2024-06-10',
      section: [],
      source: { file: 'jira-search-v2.json', line: null, kind: 'tracker' },
    });
  });

  it('reads parent, resolution, own due date and dropping resolutions', () => {
    expect(item(report, 'SHOP-2')).toMatchObject({
      parent: 'SHOP-1',
      state: 'closed',
      status: 'done',
      stateReason: 'Done',
      due: '2024-06-20',
      priority: 'P0',
      assignees: [],
      body: null,
      progress: null,
    });
    expect(item(report, 'SHOP-3')).toMatchObject({
      state: 'closed',
      status: 'dropped',
      stateReason: "Won't Do",
      blocking: true,
    });
  });

  it('reads an unknown status without a category as open, with a warning', () => {
    expect(item(report, 'SHOP-4')).toMatchObject({ state: 'open', status: 'todo', module: 'tax' });
    expect(report.warnings).toEqual([
      'jira-search-v2.json: SHOP-4: unknown status "Awaiting Legal" and unknown status category "undefined"; read as open (todo)',
    ]);
  });
});

describe('jiraJsonParser.parse: REST v3 search with ADF descriptions', () => {
  it('turns the document into plain text, one line per block', () => {
    const report = parseFixture('jira-search-v3-adf.json');
    expect(report.items[0]).toMatchObject({
      key: 'APP-7',
      url: 'https://acme.atlassian.net/browse/APP-7',
      state: 'open',
      status: 'todo',
      priority: 'P0',
      created: '2025-01-10',
    });
    expect(report.items[0]?.body).toBe(
      [
        'Summary',
        'Reported by @Ravi on iOS 17',
        'See https://status.acme.test/incidents/42',
        '- open the app',
        '- tap Login',
        'SIGABRT in AuthStore.init',
        '- [x] reproduce',
        '- [ ] fix',
        '🔥',
      ].join('\n'),
    );
    expect(report.warnings).toEqual([]);
  });
});

describe('jiraJsonParser.parse: bad input', () => {
  it('keeps issues with bad fields, each field unknown and named in a warning', () => {
    const report = parseFixture('jira-search-bad-fields.json');
    expect(report.items.map((i) => [i.key, i.title, i.state, i.status, i.priority, i.labels, i.due])).toEqual(
      [
        ['BAD-1', '', 'open', 'todo', null, [], null],
        ['BAD-2', 'Fine issue', 'closed', 'done', 'P1', ['ok'], null],
      ],
    );
    expect(report.warnings).toEqual([
      'jira-search-bad-fields.json: BAD-1: "fields.status" is a string, expected an object; ignored',
      'jira-search-bad-fields.json: BAD-1: no status; read as open (todo)',
      'jira-search-bad-fields.json: BAD-1: "fields.labels" is a string, expected an array; ignored',
      'jira-search-bad-fields.json: BAD-1: "fields.description" is number, expected a string or a document; ignored',
      'jira-search-bad-fields.json: BAD-1: unknown priority "Normal-ish" (this file ranks highest, high, medium, low, lowest); priority left unknown',
      'jira-search-bad-fields.json: BAD-1: no title',
      'jira-search-bad-fields.json: BAD-1: "fields.duedate" is not a date gonogo can read: "20240620"; ignored',
      'jira-search-bad-fields.json: BAD-1: "fields.created" is not a date gonogo can read: "last week"; ignored',
      'jira-search-bad-fields.json: BAD-2: "fields.labels" has entries that are not text; ignored',
      'jira-search-bad-fields.json: BAD-2: "fields.subtasks" is a string, expected an array; ignored',
    ]);
  });

  it('refuses an issue without a key, naming its place', () => {
    const run = () => parseFixture('jira-search-missing-key.json');
    expect(run).toThrow(InputError);
    expect(run).toThrow('jira-search-missing-key.json: issues[1].key: expected a string, got nothing');
  });

  it('names the line of a bad page in NDJSON', () => {
    const page = readJson('jira-json/jira-search-v2.json');
    const broken = { total: 1, issues: [{ key: 7, fields: {} }] };
    expect(jiraJsonParser.detect([page, broken], true)).toBe(false);
    const run = () =>
      jiraJsonParser.parse([page, { total: 1, issues: [{ key: 'X-1', fields: 3 }] }], 'p.ndjson', options);
    expect(run).toThrow('p.ndjson:2: issues[0].fields: expected a record, got a number');
  });

  it('warns when the export holds no issue', () => {
    const report = parseFixture('jira-search-empty.json');
    expect(report).toMatchObject({
      items: [],
      warnings: ['jira-search-empty.json: no issues in the export'],
    });
  });
});
