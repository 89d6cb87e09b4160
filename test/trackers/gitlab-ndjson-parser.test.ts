import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { TrackerReport } from '../../src/core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { gitlabNdjsonParser } from '../../src/core/trackers/parsers/gitlab-ndjson-parser.js';

const fixtures = new URL('../fixtures/trackers/', import.meta.url);
const readLines = (path: string): unknown[] =>
  readFileSync(new URL(path, fixtures), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
const parseFixture = (name: string): TrackerReport =>
  gitlabNdjsonParser.parse(readLines(`gitlab-ndjson/${name}`), name, { labels: DEFAULT_LABEL_CONVENTIONS });

describe('gitlabNdjsonParser.detect', () => {
  it('takes a project export issues.ndjson', () => {
    expect(gitlabNdjsonParser.detect(readLines('gitlab-ndjson/gitlab-export-labels.ndjson'), true)).toBe(
      true,
    );
  });

  it('leaves REST lists, JSON arrays, Jira and GitHub alone', () => {
    expect(gitlabNdjsonParser.detect(readLines('gitlab-ndjson/gitlab-export-labels.ndjson'), false)).toBe(
      false,
    );
    const rest = JSON.parse(
      readFileSync(new URL('gitlab-json/gitlab-project-issues.json', fixtures), 'utf8'),
    ) as unknown[];
    expect(gitlabNdjsonParser.detect(rest, true)).toBe(false);
    expect(gitlabNdjsonParser.detect(rest, false)).toBe(false);
    expect(gitlabNdjsonParser.detect([{ issues: [{ key: 'A-1', fields: {} }] }], true)).toBe(false);
    expect(gitlabNdjsonParser.detect([{ number: 1, title: 'GitHub', state: 'open' }], true)).toBe(false);
    expect(gitlabNdjsonParser.detect([], true)).toBe(false);
  });
});

describe('gitlabNdjsonParser.parse', () => {
  const report = parseFixture('gitlab-export-labels.ndjson');

  it('reads every field of an exported issue', () => {
    expect(report.format).toBe('gitlab-ndjson');
    expect(report.items[0]).toEqual({
      key: '#1',
      title: 'Harden the release pipeline',
      url: null,
      state: 'open',
      status: 'in-progress',
      priority: 'P1',
      severity: null,
      labels: ['priority::high', 'area/ci', 'Doing'],
      module: 'ci',
      assignees: ['user:7', 'user:9'],
      due: '2024-03-01',
      created: '2024-02-01',
      parent: '&4',
      body: expect.stringMatching(/^Checklist:/),
      stateReason: null,
      // [x], [ ] and [X] count; [~] and the fenced line do not.
      progress: { done: 2, total: 3 },
      rawPriority: 'priority::high',
      blocking: false,
      updated: '2024-02-10',
      section: [],
      source: { file: 'gitlab-export-labels.ndjson', line: 1, kind: 'tracker' },
    });
  });

  it('drops an issue closed as a duplicate; a closed one is otherwise done', () => {
    expect(report.items.map((i) => [i.key, i.state, i.status, i.stateReason, i.source.line])).toEqual([
      ['#1', 'open', 'in-progress', null, 1],
      ['#2', 'closed', 'dropped', 'duplicate', 2],
      ['#3', 'closed', 'done', null, 3],
    ]);
    expect(report.items[1]).toMatchObject({ due: '2024-02-15', body: null, progress: null });
    expect(report.items[2]).toMatchObject({ severity: 'medium', labels: ['severity::3'] });
  });

  it('warns on a bad field, naming the line and the key', () => {
    expect(report.items[2]?.updated).toBeNull();
    expect(report.warnings).toEqual([
      'gitlab-export-labels.ndjson:3: #3: "updated_at" is not a date gonogo can read: "not a date"; ignored',
    ]);
  });

  it('refuses a record without an iid, naming its line', () => {
    const run = () => parseFixture('gitlab-export-missing-iid.ndjson');
    expect(run).toThrow(InputError);
    expect(run).toThrow('gitlab-export-missing-iid.ndjson:3: iid: expected a number, got nothing');
  });
});
