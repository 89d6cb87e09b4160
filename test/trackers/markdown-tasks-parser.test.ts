import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { parseTracker } from '../../src/core/trackers/parse-tracker.js';
import { markdownTasksParser } from '../../src/core/trackers/parsers/markdown-tasks-parser.js';

const fixtures = new URL('../fixtures/trackers/', import.meta.url);

const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const parseFixture = (name: string): TrackerReport => markdownTasksParser.parse(readFixture(name), name);

/** What a reader of the checklist sees of each item: line, status and title. */
const rows = (report: TrackerReport): [number | null, string, string][] =>
  report.items.map((item) => [item.source.line, item.status, item.title]);

function itemTitled(report: TrackerReport, title: string): TrackedItem {
  const item = report.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item "${title}" in ${report.items.map((i) => i.title).join(' | ')}`);
  return item;
}

describe('markdownTasksParser.detect', () => {
  it('takes markdown and plain text, including documents that open with HTML', () => {
    expect(markdownTasksParser.detect('# Release checklist\n\n- [ ] tag')).toBe(true);
    expect(markdownTasksParser.detect('Release\n=======\n')).toBe(true);
    expect(markdownTasksParser.detect('<!-- generated, do not edit -->\n# Plan')).toBe(true);
    expect(markdownTasksParser.detect('<details>\n<summary>Checklist</summary>\n\n- [ ] a')).toBe(true);
    expect(markdownTasksParser.detect('<p align="center"><img src="logo.png"></p>\n\n# Plan')).toBe(true);
    expect(markdownTasksParser.detect('\uFEFF# Plan with a byte-order mark')).toBe(true);
  });

  it('takes markdown that opens with a bracket or a brace but is not JSON', () => {
    expect(markdownTasksParser.detect('[![CI](https://x/badge.svg)](https://x)\n\n# Plan')).toBe(true);
    expect(markdownTasksParser.detect('[[_TOC_]]\n\n## Plan')).toBe(true);
    expect(markdownTasksParser.detect('{% raw %}\n- [ ] a\n{% endraw %}')).toBe(true);
  });

  it('refuses JSON objects and arrays of objects, after whitespace or a byte-order mark', () => {
    expect(markdownTasksParser.detect('{"issues": []}')).toBe(false);
    expect(markdownTasksParser.detect('  \n{\n  "total": 3')).toBe(false);
    expect(markdownTasksParser.detect('[{"number": 1, "title": "a"}]')).toBe(false);
    expect(markdownTasksParser.detect('[\n  {\n    "key": "PROJ-1"')).toBe(false);
    expect(markdownTasksParser.detect('[    ]')).toBe(false);
    expect(markdownTasksParser.detect('\uFEFF{"a": 1}')).toBe(false);
  });

  it('refuses XML documents that declare themselves', () => {
    expect(markdownTasksParser.detect('<?xml version="1.0"?>\n<coverage line-rate="1">')).toBe(false);
    expect(markdownTasksParser.detect('\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<rss>')).toBe(false);
    expect(markdownTasksParser.detect('\n  <?XML version="1.0"?><report/>')).toBe(false);
  });
});

describe('markdownTasksParser.parse', () => {
  it('reads task items in every bullet style and in block quotes, and nothing else', () => {
    const report = parseFixture('tasks-bullet-styles.md');
    expect(report.format).toBe('markdown');
    expect(report.source).toBe('tasks-bullet-styles.md');
    expect(rows(report)).toEqual([
      [3, 'todo', 'Dash open'],
      [4, 'done', 'Dash done'],
      [5, 'done', 'Star done with a capital X'],
      [6, 'todo', 'Plus open'],
      [8, 'done', 'Ordered done'],
      [9, 'todo', 'Ordered with a parenthesis and a tab'],
      [15, 'todo', 'Two spaces after the bullet'],
      [17, 'done', 'Quoted done'],
      [18, 'todo', 'Doubly quoted open'],
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('fills every field of an item, with the key naming the file and line', () => {
    const report = parseFixture('tasks-bullet-styles.md');
    expect(report.items[1]).toEqual({
      key: 'tasks-bullet-styles.md#L4',
      title: 'Dash done',
      url: null,
      state: 'closed',
      status: 'done',
      priority: null,
      severity: null,
      labels: [],
      module: null,
      assignees: [],
      due: null,
      created: null,
      parent: null,
      body: null,
      stateReason: null,
      progress: null,
      rawPriority: null,
      blocking: false,
      updated: null,
      section: ['Bullet styles'],
      source: { file: 'tasks-bullet-styles.md', line: 4, kind: 'checklist' },
    } satisfies TrackedItem);
    expect(report.items[0]?.state).toBe('open');
  });

  it('links nested items to the nearest enclosing task item, at any depth', () => {
    const report = parseFixture('tasks-nested.md');
    const parentOf = (title: string): string | null => itemTitled(report, title).parent;
    expect(rows(report)).toEqual([
      [3, 'todo', 'Parent task'],
      [4, 'done', 'Child done'],
      [5, 'todo', 'Grandchild open'],
      [6, 'done', 'Great-grandchild done'],
      [7, 'todo', 'Second child spanning two lines'],
      [13, 'done', 'Task under a plain bullet has no task parent'],
      [14, 'todo', 'Ordered grandchild'],
      [16, 'done', 'Loose item'],
      [18, 'todo', 'Loose child after a blank line'],
      [20, 'todo', 'Quoted parent'],
      [21, 'done', 'Quoted child'],
    ]);
    expect(parentOf('Parent task')).toBeNull();
    expect(parentOf('Child done')).toBe('tasks-nested.md#L3');
    expect(parentOf('Grandchild open')).toBe('tasks-nested.md#L4');
    expect(parentOf('Great-grandchild done')).toBe('tasks-nested.md#L5');
    expect(parentOf('Second child spanning two lines')).toBe('tasks-nested.md#L3');
    expect(parentOf('Task under a plain bullet has no task parent')).toBeNull();
    expect(parentOf('Ordered grandchild')).toBe('tasks-nested.md#L13');
    expect(parentOf('Loose child after a blank line')).toBe('tasks-nested.md#L16');
    expect(parentOf('Quoted child')).toBe('tasks-nested.md#L20');
  });

  it('titles an item with its first paragraph as plain text', () => {
    const report = parseFixture('tasks-inline-formatting.md');
    expect(report.items.map((item) => item.title)).toEqual([
      'Enable DEBUG = False in production settings',
      'Read the runbook and https://example.com/faq',
      'Show the status badge',
      'Press Ctrl + C',
      'Title with many spaces',
      'Hard line break',
      'Entities & escapes *not emphasis*',
      'Footnote reference dropped',
      'Reference link kept',
      '',
    ]);
    expect(report.warnings).toEqual(['tasks-inline-formatting.md:13: task-list item without text']);
  });

  it('ignores task-like lines in code blocks and HTML comments', () => {
    const report = parseFixture('tasks-in-code-block.md');
    expect(rows(report)).toEqual([
      [3, 'todo', 'Real task before the code'],
      [21, 'done', 'Real task after the code'],
      [29, 'todo', 'Real task inside details, after a blank line'],
    ]);
  });

  it('gives each item the path of its enclosing ATX and setext headings', () => {
    const report = parseFixture('tasks-setext-headings.md');
    expect(report.items.map((item) => [item.title, item.section])).toEqual([
      ['Before any heading', []],
      ['Under the setext title', ['Project plan']],
      ['Under a setext level-2 heading', ['Project plan', 'Backend']],
      ['Under a level 3 inside Backend', ['Project plan', 'Backend', 'API v2 draft']],
      ['Level 2 after level 3 pops back', ['Project plan', 'Frontend']],
      ['Level 4 skipping level 3', ['Project plan', 'Frontend', 'Deep']],
      ['Level 3 after level 4 pops back', ['Project plan', 'Frontend', 'Tests']],
      ['After an empty level-1 heading', []],
      ['Under a second setext title', ['Appendix']],
    ]);
  });

  it('drops items struck through as a whole, whether checked or not', () => {
    const report = parseFixture('tasks-struck.md');
    expect(report.items.map((item) => [item.title, item.status, item.state])).toEqual([
      ['Dropped while open', 'dropped', 'closed'],
      ['Dropped after being done', 'dropped', 'closed'],
      ['Struck inside strong', 'dropped', 'closed'],
      ['Struck in two pieces', 'dropped', 'closed'],
      ['Single tilde strikethrough', 'dropped', 'closed'],
      ['Partly struck (out of scope for v1)', 'todo', 'open'],
      ['Done with one struck word', 'done', 'closed'],
      ['Struck parent', 'dropped', 'closed'],
      ['Child of a dropped item keeps its own status', 'todo', 'open'],
    ]);
  });

  it('reads CRLF line endings and a byte-order mark like LF', () => {
    const lf = parseFixture('tasks-nested.md');
    const crlf = markdownTasksParser.parse(
      `\uFEFF${readFixture('tasks-nested.md').replace(/\n/g, '\r\n')}`,
      'tasks-nested.md',
    );
    expect(crlf).toEqual(lf);
    const cr = markdownTasksParser.parse(
      readFixture('tasks-setext-headings.md').replace(/\n/g, '\r'),
      'x.md',
    );
    expect(cr.items.map((item) => [item.source.line, item.section])).toEqual(
      parseFixture('tasks-setext-headings.md').items.map((item) => [item.source.line, item.section]),
    );
  });

  it('warns, naming the file, when a document has no items', () => {
    const report = parseFixture('tasks-none.md');
    expect(report.items).toEqual([]);
    expect(report.warnings).toEqual(['tasks-none.md: no task-list items or status headings found']);
  });

  it('reads items nested thousands of levels deep', () => {
    const report = markdownTasksParser.parse(`${'>'.repeat(2000)} - [x] Deep\n`, 'deep.md');
    expect(rows(report)).toEqual([[1, 'done', 'Deep']]);
  });

  it('refuses, naming the file, a document nested too deeply for the markdown parser', () => {
    let refusal: unknown;
    try {
      markdownTasksParser.parse(`${'>'.repeat(12000)} - [ ] Too deep\n`, 'abyss.md');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).message).toMatch(/^abyss\.md: markdown nested too deeply/);
  });
});

describe('parseTracker with a markdown checklist', () => {
  it('detects the format and reads the items', () => {
    const report = parseTracker(`\uFEFF${readFixture('tasks-struck.md')}`, 'docs/SCOPE.md');
    expect(report.format).toBe('markdown');
    expect(report.items).toHaveLength(9);
    expect(report.items[0]?.key).toBe('docs/SCOPE.md#L3');
  });
});
