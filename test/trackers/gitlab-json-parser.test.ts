import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { gitlabJsonParser } from '../../src/core/trackers/parsers/gitlab-json-parser.js';

const fixtures = new URL('../fixtures/trackers/', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'));
const parseFixture = (name: string): TrackerReport =>
  gitlabJsonParser.parse(readJson(`gitlab-json/${name}`), name, { labels: DEFAULT_LABEL_CONVENTIONS });

function item(report: TrackerReport, key: string): TrackedItem {
  const found = report.items.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key} in ${report.items.map((i) => i.key).join(', ')}`);
  return found;
}

describe('gitlabJsonParser.detect', () => {
  it('takes REST issue lists and a single REST issue', () => {
    expect(gitlabJsonParser.detect(readJson('gitlab-json/gitlab-project-issues.json'), false)).toBe(true);
    expect(gitlabJsonParser.detect(readJson('gitlab-json/gitlab-group-issues.json'), false)).toBe(true);
    expect(gitlabJsonParser.detect(readJson('gitlab-json/gitlab-single-issue.json'), false)).toBe(true);
  });

  it('leaves project exports, Jira, GitHub and other JSON alone', () => {
    const exportLines = readFileSync(new URL('gitlab-ndjson/gitlab-export-labels.ndjson', fixtures), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(gitlabJsonParser.detect(exportLines, true)).toBe(false);
    expect(gitlabJsonParser.detect(exportLines, false)).toBe(false);
    expect(gitlabJsonParser.detect(readJson('jira-json/jira-search-v2.json'), false)).toBe(false);
    expect(gitlabJsonParser.detect([{ number: 6, title: 'GitHub', state: 'open', labels: [] }], false)).toBe(
      false,
    );
    expect(gitlabJsonParser.detect([{ body: 'gh issue list', labels: [], title: 'x' }], false)).toBe(false);
    expect(gitlabJsonParser.detect([], false)).toBe(false);
  });
});

describe('gitlabJsonParser.parse: a project issue list', () => {
  const report = parseFixture('gitlab-project-issues.json');

  it('reads every field of an issue', () => {
    expect(report.format).toBe('gitlab-json');
    expect(item(report, '#6')).toEqual({
      key: '#6',
      title: 'Session tokens are logged in plain text',
      url: 'https://gitlab.example.com/acme/shop/-/issues/6',
      state: 'open',
      status: 'in-progress',
      priority: 'P1',
      severity: 'high',
      labels: ['priority::1', 'severity::2', 'workflow::in dev', 'component::auth'],
      module: 'auth',
      assignees: ['root', 'kim'],
      // No due date of its own: the milestone's.
      due: '2024-03-29',
      // 22:15 at -05:00 stays the 1st.
      created: '2024-03-01',
      parent: '&5',
      body: 'Tokens appear in `api.log`.\n\n- [x] find the logger\n- [ ] redact\n- [ ] add a test',
      stateReason: null,
      progress: { done: 1, total: 3 },
      rawPriority: 'priority::1',
      blocking: false,
      updated: '2024-03-04',
      section: [],
      source: { file: 'gitlab-project-issues.json', line: null, kind: 'tracker' },
    });
  });

  it('reads label objects, blocked labels, incident severity and its own due date', () => {
    expect(item(report, '#7')).toMatchObject({
      labels: ['P0', 'blocked', 'release-blocker'],
      status: 'blocked',
      priority: 'P0',
      rawPriority: 'P0',
      severity: 'critical',
      blocking: true,
      due: '2024-03-05',
      assignees: [],
      body: null,
      progress: null,
      parent: null,
    });
  });

  it('drops issues closed as duplicates, moved away or labelled wontfix; others closed are done', () => {
    const rows = report.items.map((i) => [i.key, i.state, i.status, i.stateReason]);
    expect(rows).toEqual([
      ['#6', 'open', 'in-progress', null],
      ['#7', 'open', 'blocked', null],
      ['#8', 'closed', 'dropped', 'duplicate'],
      ['#9', 'closed', 'dropped', 'moved'],
      ['#10', 'closed', 'dropped', 'wontfix'],
      ['#11', 'closed', 'done', null],
    ]);
    expect(item(report, '#10')).toMatchObject({ priority: 'P3', rawPriority: 'priority::low' });
  });

  it('warns on labels whose value is unknown', () => {
    expect(report.warnings).toEqual([
      'gitlab-project-issues.json: #11: label "priority::whenever" has a value gonogo does not know; ignored',
    ]);
  });
});

describe('gitlabJsonParser.parse: other shapes', () => {
  it('keys issues of a group list by their relative reference, since iids repeat across projects', () => {
    const report = parseFixture('gitlab-group-issues.json');
    expect(report.items.map((i) => [i.key, i.title])).toEqual([
      ['shop#3', 'Shop: rate limit the login'],
      ['docs#3', 'Docs: rate limit page'],
    ]);
  });

  it('reads a single issue', () => {
    const report = parseFixture('gitlab-single-issue.json');
    expect(report.items).toHaveLength(1);
    expect(report.items[0]).toMatchObject({ key: '#12', priority: 'P2', due: '2024-04-30', state: 'open' });
  });

  it('keeps an issue with bad fields, each unknown and named in a warning; an unknown state is open', () => {
    const report = parseFixture('gitlab-issues-bad-fields.json');
    expect(report.items[0]).toMatchObject({
      key: '#20',
      state: 'open',
      status: 'todo',
      labels: [],
      priority: null,
      due: null,
      created: null,
      progress: null,
    });
    expect(report.warnings).toEqual([
      'gitlab-issues-bad-fields.json: #20: "labels" is a string, expected an array; ignored',
      'gitlab-issues-bad-fields.json: #20: unknown state "locked"; read as open',
      'gitlab-issues-bad-fields.json: #20: "task_completion_status.completed_count" is a string, expected a whole number; ignored',
      'gitlab-issues-bad-fields.json: #20: "due_date" is not a date gonogo can read: "next sprint"; ignored',
      'gitlab-issues-bad-fields.json: #20: "created_at" is not a date gonogo can read: "1709251200"; ignored',
    ]);
  });

  it('refuses an issue without an iid, naming its place', () => {
    const run = () => parseFixture('gitlab-issues-missing-iid.json');
    expect(run).toThrow(InputError);
    expect(run).toThrow('gitlab-issues-missing-iid.json: [1].iid: expected a number, got nothing');
  });
});
