import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { githubGhJsonParser } from '../../src/core/trackers/parsers/github-gh-json-parser.js';
import { githubRestJsonParser } from '../../src/core/trackers/parsers/github-rest-json-parser.js';
import { isoDatePart } from '../../src/core/trackers/parsers/github/iso-date-part.js';
import type { JsonTrackerParser } from '../../src/core/trackers/tracker-parser.js';

const fixtures = new URL('../fixtures/trackers/github-json/', import.meta.url);
const options = { labels: DEFAULT_LABEL_CONVENTIONS };

const readFixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
const parseWith = (parser: JsonTrackerParser, name: string): TrackerReport =>
  parser.parse(readFixture(name), name, options);
const parseRest = (name: string) => parseWith(githubRestJsonParser, name);
const parseGh = (name: string) => parseWith(githubGhJsonParser, name);

function item(report: TrackerReport, key: string): TrackedItem {
  const found = report.items.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no item ${key} in ${report.items.map((i) => i.key).join(', ')}`);
  return found;
}

/** What a reader of the report sees of each item: key, state, status and close reason. */
const rows = (report: TrackerReport) =>
  report.items.map((i) => [i.key, i.state, i.status, i.stateReason] as const);

/** Catches what a later stage would print as `undefined` or `nan`. */
function expectEveryFieldSet(report: TrackerReport): void {
  for (const tracked of report.items) {
    for (const [field, value] of Object.entries(tracked)) {
      expect(value, `${tracked.key}.${field}`).not.toBeUndefined();
      expect(String(value), `${tracked.key}.${field}`).not.toMatch(/^(nan|NaN|undefined)$/);
    }
    expect(Object.keys(tracked).sort()).toEqual(
      [
        'key',
        'title',
        'url',
        'state',
        'status',
        'priority',
        'severity',
        'labels',
        'module',
        'assignees',
        'due',
        'created',
        'parent',
        'body',
        'stateReason',
        'progress',
        'rawPriority',
        'blocking',
        'updated',
        'section',
        'source',
      ].sort(),
    );
  }
}

function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

const GITLAB_API = [
  {
    id: 7,
    iid: 3,
    project_id: 12,
    title: 'Login fails',
    state: 'opened',
    labels: ['P1'],
    web_url: 'https://gitlab.com/g/p/-/issues/3',
    created_at: '2024-01-01T00:00:00Z',
  },
];
const GITLAB_EXPORT_LINES = [
  { iid: 3, title: 'Login fails', state: 'opened', project_id: 12, label_links: [] },
];
const JIRA_JSON = {
  startAt: 0,
  total: 1,
  issues: [{ id: '1', key: 'PROJ-1', fields: { summary: 'Login' } }],
};
const JIRA_ISSUES = [{ key: 'PROJ-1', fields: { summary: 'Login' } }];
const SARIF = { version: '2.1.0', runs: [] };

describe('GitHub JSON detect', () => {
  const rest = [
    'rest-issues-mapping.json',
    'rest-issues-bad-fields.json',
    'rest-issues-slurped.json',
    'rest-search-results.json',
    'rest-issue-single.json',
    'rest-pulls-list.json',
  ];
  const gh = [
    'gh-issue-list-full.json',
    'gh-issue-list-title-only.json',
    'gh-issue-list-odd-fields.json',
    'gh-issue-view.json',
    'gh-pr-list.json',
  ];

  it.each(rest)('%s is a REST dump, not gh output', (name) => {
    expect(githubRestJsonParser.detect(readFixture(name), false)).toBe(true);
    expect(githubGhJsonParser.detect(readFixture(name), false)).toBe(false);
  });

  it.each(gh)('%s is gh output, not a REST dump', (name) => {
    expect(githubGhJsonParser.detect(readFixture(name), false)).toBe(true);
    expect(githubRestJsonParser.detect(readFixture(name), false)).toBe(false);
  });

  it('takes one issue per line (gh api --jq ".[]", gh issue list --jq ".[]") as NDJSON', () => {
    const restLines = readFixture('rest-issues-mapping.json') as unknown[];
    expect(githubRestJsonParser.detect(restLines, true)).toBe(true);
    const ghLines = readFixture('gh-issue-list-full.json') as unknown[];
    expect(githubGhJsonParser.detect(ghLines, true)).toBe(true);
  });

  it('refuses GitLab, Jira and other JSON', () => {
    for (const document of [
      GITLAB_API,
      GITLAB_EXPORT_LINES,
      JIRA_JSON,
      JIRA_ISSUES,
      SARIF,
      [1, 2],
      'x',
      null,
    ]) {
      expect(githubRestJsonParser.detect(document, false)).toBe(false);
      expect(githubGhJsonParser.detect(document, false)).toBe(false);
    }
    expect(githubGhJsonParser.detect(GITLAB_EXPORT_LINES, true)).toBe(false);
    expect(githubRestJsonParser.detect(GITLAB_EXPORT_LINES, true)).toBe(false);
    expect(githubGhJsonParser.detect([{ title: 'Linear-like', description: 'x', priority: 2 }], false)).toBe(
      false,
    );
  });

  it('an empty array is what gh writes when no issue matches: gh takes it, REST does not', () => {
    expect(githubGhJsonParser.detect([], false)).toBe(true);
    expect(githubRestJsonParser.detect([], false)).toBe(false);
  });
});

describe('githubRestJsonParser.parse', () => {
  it('maps every field of a REST issue', () => {
    const report = parseRest('rest-issues-mapping.json');
    expect(report).toMatchObject({ source: 'rest-issues-mapping.json', format: 'github-json', warnings: [] });
    expect(item(report, '#101')).toEqual({
      key: '#101',
      title: 'Checkout fails on expired cards',
      url: 'https://github.com/octo/shop/issues/101',
      state: 'open',
      // Open with one of its three body tasks checked: work has started.
      status: 'in-progress',
      priority: 'P1',
      severity: 'high',
      labels: ['bug', 'P1', 'area/billing', 'severity/high', 'release-blocker'],
      module: 'billing',
      assignees: ['bob', 'carol'],
      // Milestone due_on 2024-06-30T07:00:00Z: the date as written.
      due: '2024-06-30',
      // 2024-03-01T23:30:00-05:00 is 2024-03-02 in UTC: the date stays the one written.
      created: '2024-03-01',
      parent: null,
      body: 'Steps:\r\n- [x] reproduce\r\n- [ ] fix\r\n- [ ] test\r\n\r\n```md\r\n- [ ] not a task, an example\r\n```',
      stateReason: null,
      progress: { done: 1, total: 3 },
      rawPriority: 'P1',
      blocking: true,
      updated: '2024-03-05',
      section: [],
      source: { file: 'rest-issues-mapping.json', line: null, kind: 'tracker' },
    });
    expectEveryFieldSet(report);
  });

  it('reads status from state, close reason, labels, dependencies and progress; skips pull requests', () => {
    const report = parseRest('rest-issues-mapping.json');
    expect(rows(report)).toEqual([
      ['#101', 'open', 'in-progress', null],
      ['#102', 'open', 'in-progress', null], // "🚧 In Progress" label
      ['#103', 'open', 'blocked', null], // "status: blocked" label
      ['#104', 'open', 'blocked', null], // blocked by one open issue
      ['#105', 'closed', 'done', 'completed'],
      ['#106', 'closed', 'dropped', 'not_planned'],
      ['#107', 'closed', 'dropped', 'duplicate'],
      ['#108', 'closed', 'dropped', null], // closed before close reasons, labelled wontfix
      ['#109', 'open', 'in-progress', 'reopened'], // "WIP" label
    ]);
    expect(report.items.some((i) => i.key === '#110')).toBe(false);
  });

  it('reads priority words in labels, sub-issue progress and parents in and across repositories', () => {
    const report = parseRest('rest-issues-mapping.json');
    expect(item(report, '#102')).toMatchObject({
      priority: 'P1',
      rawPriority: 'priority: high',
      progress: { done: 1, total: 4 },
      parent: null,
    });
    expect(item(report, '#103').parent).toBe('#102');
    expect(item(report, '#104').parent).toBe('octo/platform#7');
    // An empty body is no description.
    expect(item(report, '#109').body).toBeNull();
  });

  it('keeps issues with bad fields, each bad field unknown and warned, by key', () => {
    const source = 'rest-issues-bad-fields.json';
    const report = parseRest(source);
    expect(report.items.map((i) => i.key)).toEqual(['#201', '#202', '#203', `${source}#4`, '#205']);
    // "High Priority" is one of the default conventions; "priority/whenever" is not a priority value.
    expect(item(report, '#201')).toMatchObject({ created: null, priority: 'P1', updated: '2024-03-05' });
    expect(item(report, '#202')).toMatchObject({ state: 'open', status: 'todo', due: null, parent: null });
    expect(item(report, '#203')).toMatchObject({ labels: ['P2'], priority: 'P2', assignees: [] });
    expect(item(report, '#205')).toMatchObject({ title: '', updated: null });
    expect(report.warnings).toEqual([
      `${source}: #201: listed 2 times; counted once (the first)`,
      `${source}: #201: "created_at" is a number of an unexpected shape; ignored`,
      `${source}: #201: label "priority/whenever" has a priority or severity value gonogo does not know; ignored`,
      `${source}: #202: "state" is "pending", neither open nor closed; read as open`,
      `${source}: #202: "milestone.due_on" is not a date: "soon"; ignored`,
      `${source}: #202: "parent_issue_url" is not an issue address: "not a url"; ignored`,
      `${source}: #203: "assignees" is a string of an unexpected shape; ignored`,
      `${source}: #203: "labels" has 1 entry without a name; ignored`,
      `${source}: ${source}#4: no "number"; keyed by its position in the file`,
      `${source}: #205: no "title"`,
      `${source}: #205: "updated_at" is not a date: "2024-02-30T10:00:00Z"; ignored`,
    ]);
    expectEveryFieldSet(report);
  });

  it('takes the priority conventions it is given', () => {
    const labels = { ...DEFAULT_LABEL_CONVENTIONS, priority: [/^(\w+) priority$/i] };
    const report = githubRestJsonParser.parse(readFixture('rest-issues-bad-fields.json'), 'x.json', {
      labels,
    });
    expect(item(report, '#201')).toMatchObject({ priority: 'P1', rawPriority: 'High Priority' });
    expect(report.warnings.filter((w) => w.includes('High Priority'))).toEqual([]);
  });

  it('reads pages slurped into one array, a single issue, and search results with their gaps', () => {
    expect(rows(parseRest('rest-issues-slurped.json'))).toEqual([
      ['#401', 'open', 'todo', null],
      ['#402', 'closed', 'done', 'completed'],
    ]);
    expect(item(parseRest('rest-issue-single.json'), '#601')).toMatchObject({
      module: 'api',
      severity: 'critical',
    });
    const search = parseRest('rest-search-results.json');
    expect(rows(search)).toEqual([['#501', 'open', 'todo', null]]);
    expect(search.warnings).toEqual([
      'rest-search-results.json: GitHub marked these search results incomplete (the search timed out): issues may be missing',
      'rest-search-results.json: holds 2 of the 3 results the search found: the other pages were not fetched',
    ]);
  });

  it('skips pull requests of a /pulls dump, and says nothing is left', () => {
    const report = parseRest('rest-pulls-list.json');
    expect(report.items).toEqual([]);
    expect(report.warnings).toEqual(['rest-pulls-list.json: no issues found (1 pull request skipped)']);
  });

  it('refuses a list holding something other than issue objects, naming the place', () => {
    const error = thrown(() => parseRest('rest-issues-not-objects.json'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('rest-issues-not-objects.json: [1]: expected an object, got a string');
  });

  it('refuses a document of another shape', () => {
    const error = thrown(() => githubRestJsonParser.parse({ issues: [] }, 'x.json', options));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('x.json: expected a GitHub REST issue list: a JSON array of issue objects');
  });
});

describe('githubGhJsonParser.parse', () => {
  it('maps every field of gh issue list --json output', () => {
    const report = parseGh('gh-issue-list-full.json');
    expect(report).toMatchObject({ format: 'github-json', warnings: [] });
    expect(item(report, '#11')).toEqual({
      key: '#11',
      title: 'Login page crashes',
      url: 'https://github.com/octo/shop/issues/11',
      state: 'open',
      status: 'todo',
      priority: 'P0',
      severity: null,
      labels: ['bug', 'P0', 'component: auth', 'blocker'],
      module: 'auth',
      assignees: ['dave'],
      due: '2024-05-15',
      created: '2024-04-02',
      parent: '#10',
      body: null,
      stateReason: null,
      progress: null,
      rawPriority: 'P0',
      blocking: true,
      // 2024-04-10T22:30:00+02:00: the date as written, not shifted to UTC.
      updated: '2024-04-10',
      section: [],
      source: { file: 'gh-issue-list-full.json', line: null, kind: 'tracker' },
    });
    expectEveryFieldSet(report);
  });

  it('reads OPEN/CLOSED, NOT_PLANNED/DUPLICATE, sub-issues, open blockers, project columns, parents', () => {
    const report = parseGh('gh-issue-list-full.json');
    expect(rows(report)).toEqual([
      ['#11', 'open', 'todo', null],
      ['#10', 'open', 'in-progress', null], // two of three sub-issues done
      ['#12', 'open', 'blocked', null], // blocked by #11, open
      ['#13', 'open', 'in-progress', null], // its only blocker is closed; "In Progress" on a project board
      ['#14', 'closed', 'dropped', 'not_planned'],
      ['#15', 'closed', 'done', 'completed'],
      ['#16', 'closed', 'dropped', 'duplicate'],
      ['#17', 'open', 'todo', null],
    ]);
    expect(item(report, '#10')).toMatchObject({ progress: { done: 2, total: 3 }, priority: 'P2' });
    expect(item(report, '#15').progress).toEqual({ done: 2, total: 2 });
    expect(item(report, '#17').parent).toBe('octo/platform#4');
  });

  it('reads an export with only title, body and labels: open, keyed by position, each missing field warned once', () => {
    const source = 'gh-issue-list-title-only.json';
    const report = parseGh(source);
    expect(rows(report)).toEqual([
      [`${source}#1`, 'open', 'in-progress', null],
      [`${source}#2`, 'open', 'todo', null],
      [`${source}#3`, 'open', 'todo', null],
    ]);
    expect(item(report, `${source}#1`).progress).toEqual({ done: 1, total: 2 });
    expect(item(report, `${source}#3`)).toMatchObject({ priority: 'P2', url: null, created: null });
    expect(report.warnings).toEqual([
      `${source}: the export has no "number" field: issues are keyed by their position in the file (<file>#1, #2…)`,
      `${source}: the export has no "state" field: every issue is read as open: an issue whose state is unknown is never counted as done`,
      `${source}: the export has no "assignees" field: no assignees`,
      `${source}: the export has no "milestone" field: no due dates (GitHub issues take theirs from their milestone)`,
      `${source}: the export has no "createdAt" field: no creation dates`,
      `${source}: the export has no "updatedAt" field: no update dates`,
      `${source}: the export has no "url" field: no links to the issues`,
      `${source}: to export every field gonogo reads: gh issue list --state all --limit 10000 --json number,title,state,stateReason,labels,assignees,milestone,createdAt,updatedAt,url,body`,
      `${source}: ${source}#1: label "🏕 Priority Mandatory" looks like a priority but matches no priority label convention; priority unknown`,
    ]);
    expectEveryFieldSet(report);
  });

  it('keeps issues with odd fields: closed from the closed flag, bad values warned', () => {
    const source = 'gh-issue-list-odd-fields.json';
    const report = parseGh(source);
    expect(rows(report)).toEqual([
      ['#41', 'closed', 'done', null],
      [`${source}#2`, 'open', 'todo', null],
      ['#43', 'open', 'todo', null],
    ]);
    expect(item(report, '#43')).toMatchObject({ severity: 'critical', labels: ['severity::critical'] });
    expect(report.warnings).toEqual([
      `${source}: the export has no "assignees" field: no assignees`,
      `${source}: the export has no "milestone" field: no due dates (GitHub issues take theirs from their milestone)`,
      `${source}: the export has no "updatedAt" field: no update dates`,
      `${source}: the export has no "url" field: no links to the issues`,
      `${source}: to export every field gonogo reads: gh issue list --state all --limit 10000 --json number,title,state,stateReason,labels,assignees,milestone,createdAt,updatedAt,url,body`,
      `${source}: #41: "createdAt" is not a date: "yesterday"; ignored`,
      `${source}: ${source}#2: "number" is a string of an unexpected shape; ignored`,
      `${source}: ${source}#2: "labels" is a string of an unexpected shape; ignored`,
      `${source}: #43: "labels" has 1 entry without a name; ignored`,
      `${source}: #43: no "state"; read as open`,
    ]);
    expectEveryFieldSet(report);
  });

  it('reads gh issue view output (one object), skips pull requests, and says when nothing is left', () => {
    expect(rows(parseGh('gh-issue-view.json'))).toEqual([['#21', 'open', 'todo', null]]);
    const prs = parseGh('gh-pr-list.json');
    expect(prs.items).toEqual([]);
    expect(prs.warnings).toEqual(['gh-pr-list.json: no issues found (2 pull requests skipped)']);
    const empty = githubGhJsonParser.parse([], 'none.json', options);
    expect(empty).toEqual({
      source: 'none.json',
      format: 'github-json',
      items: [],
      warnings: ['none.json: no issues found'],
    });
  });

  it('warns about severity words no convention reads, unless a severity was found', () => {
    const labels = (...names: string[]) => names.map((name) => ({ name }));
    const document = [
      { number: 1, title: 'a', state: 'OPEN', labels: labels('Severity High') },
      { number: 2, title: 'b', state: 'OPEN', labels: labels('Severity High', 'sev2') },
    ];
    const report = githubGhJsonParser.parse(document, 'gh.json', options);
    expect(report.items.map((i) => i.severity)).toEqual([null, 'high']);
    expect(report.warnings.filter((w) => w.includes('Severity High'))).toEqual([
      'gh.json: #1: label "Severity High" looks like a severity but matches no severity label convention; severity unknown',
    ]);
  });

  it('refuses what is not a list of objects, naming the place', () => {
    const error = thrown(() => githubGhJsonParser.parse([{ title: 'a' }, 42], 'gh.json', options));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('gh.json: [1]: expected an object, got a number');
    expect(thrown(() => githubGhJsonParser.parse('text', 'gh.json', options)).message).toBe(
      'gh.json: expected gh issue list output: a JSON array of issue objects',
    );
  });
});

describe('isoDatePart', () => {
  it('keeps the date as written in its own offset; refuses what is not a real date', () => {
    expect(isoDatePart('2024-06-30T07:00:00Z')).toBe('2024-06-30');
    expect(isoDatePart('2024-03-01T23:30:00-05:00')).toBe('2024-03-01');
    expect(isoDatePart('2024-03-02T00:30:00+09:00')).toBe('2024-03-02');
    expect(isoDatePart('2024-02-29')).toBe('2024-02-29');
    expect(isoDatePart('2023-02-29')).toBeNull();
    expect(isoDatePart('2024-13-01T00:00:00Z')).toBeNull();
    expect(isoDatePart('20240301')).toBeNull();
    expect(isoDatePart('soon')).toBeNull();
  });
});
