import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrackerReport } from '../../src/core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { githubGhJsonParser } from '../../src/core/trackers/parsers/github-gh-json-parser.js';
import { githubRestJsonParser } from '../../src/core/trackers/parsers/github-rest-json-parser.js';

/** Real exports from public projects, kept outside the project; never copied in. */
const corpus = new URL('../../../shared/corpus/issue-tracker/', import.meta.url);
const present = existsSync(corpus);
if (!present) console.info(`corpus-github: ${corpus.pathname} not found, GitHub corpus tests skipped`);

const GH_FILE = 'gh-issue-list-cyf.json';
const REST_FILE = 'github-rest-issues.json';

const readText = (name: string): string => readFileSync(new URL(name, corpus), 'utf8');
const options = { labels: DEFAULT_LABEL_CONVENTIONS };

type Raw = Record<string, unknown>;

/**
 * An independent reading of a REST dump, sharing no code with the parser: pull requests out, key `#number`, state
 * as written, close reason as written, done unless closed as not planned or duplicate, dates cut at the `T`.
 * Good for files without labels, sub-issues or task lists (checked below), where nothing else moves the status.
 */
function referenceRest(issues: Raw[]) {
  return issues
    .filter((issue) => !('pull_request' in issue))
    .map((issue) => {
      const reason = (issue.state_reason as string | null) ?? null;
      const closed = issue.state === 'closed';
      return {
        key: `#${String(issue.number)}`,
        title: issue.title,
        state: issue.state,
        status: closed ? (reason === 'not_planned' || reason === 'duplicate' ? 'dropped' : 'done') : 'todo',
        stateReason: reason,
        url: issue.html_url,
        created: String(issue.created_at).split('T')[0],
        updated: String(issue.updated_at).split('T')[0],
        assignees: (issue.assignees as { login: string }[]).map((user) => user.login),
        labels: (issue.labels as { name: string }[]).map((label) => label.name),
      };
    });
}

const view = (report: TrackerReport) =>
  report.items.map(
    ({ key, title, state, status, stateReason, url, created, updated, assignees, labels }) => ({
      key,
      title,
      state,
      status,
      stateReason,
      url,
      created,
      updated,
      assignees,
      labels,
    }),
  );

describe.skipIf(!present)(`corpus: ${REST_FILE} (GitHub REST dump, one minified line)`, () => {
  const raw = present ? (JSON.parse(readText(REST_FILE)) as Raw[]) : [];
  const parse = (): TrackerReport => githubRestJsonParser.parse(raw, REST_FILE, options);

  it('is taken by the REST parser only', () => {
    expect(readText(REST_FILE).trim().split('\n')).toHaveLength(1);
    expect(githubRestJsonParser.detect(raw, false)).toBe(true);
    expect(githubGhJsonParser.detect(raw, false)).toBe(false);
  });

  it('holds what the reference reading finds: 30 issues, all open, none labelled, no warning', () => {
    // The reference status rule holds only for issues without labels, sub-issues or body task lists.
    for (const issue of raw) {
      expect(issue.labels).toEqual([]);
      expect(issue.sub_issues_summary ?? null).toBeNull();
      expect(String(issue.body ?? '')).not.toMatch(/^\s*[-*+] \[[ xX]\]/m);
    }
    const report = parse();
    expect(view(report)).toEqual(referenceRest(raw));
    expect(report.items).toHaveLength(30);
    expect(report.items.filter((i) => i.state === 'open')).toHaveLength(30);
    expect(report.items.every((i) => i.priority === null && i.due === null && i.progress === null)).toBe(
      true,
    );
    expect(report.warnings).toEqual([]);
  });

  it('reads concrete issues as GitHub shows them', () => {
    const report = parse();
    expect(report.items[0]).toMatchObject({
      key: '#361',
      title: 'LSP could have been better',
      url: 'https://github.com/qmacro-org/url-notes/issues/361',
      state: 'open',
      status: 'todo',
      created: '2023-10-24',
      body: 'https://matklad.github.io/2023/10/12/lsp-could-have-been-better.html',
      source: { file: REST_FILE, line: null, kind: 'tracker' },
    });
    expect(report.items.at(-1)).toMatchObject({ key: '#325', title: 'moreutils', created: '2023-06-12' });
  });
});

describe.skipIf(!present)(`corpus: ${GH_FILE} (gh issue list --json body,labels,title)`, () => {
  const raw = present ? (JSON.parse(readText(GH_FILE)) as Raw[]) : [];
  const parse = (): TrackerReport => githubGhJsonParser.parse(raw, GH_FILE, options);

  it('is taken by the gh parser only', () => {
    expect(githubGhJsonParser.detect(raw, false)).toBe(true);
    expect(githubRestJsonParser.detect(raw, false)).toBe(false);
  });

  it('keys issues by position and reads them as open, since the export has no number and no state', () => {
    expect(raw.every((issue) => Object.keys(issue).sort().join() === 'body,labels,title')).toBe(true);
    const report = parse();
    expect(report.items.map((i) => [i.key, i.title, i.state, i.status, i.labels])).toEqual(
      raw.map((issue, index) => [
        `${GH_FILE}#${index + 1}`,
        issue.title,
        'open',
        'todo',
        (issue.labels as { name: string }[]).map((label) => label.name),
      ]),
    );
    expect(report.items.every((i) => i.url === null && i.created === null && i.assignees.length === 0)).toBe(
      true,
    );
  });

  it('warns once per missing field, and about the priority label no convention reads', () => {
    const report = parse();
    const missing = report.warnings.filter((w) => w.includes('the export has no'));
    expect(missing.map((w) => /no "(\w+)" field/.exec(w)?.[1])).toEqual([
      'number',
      'state',
      'assignees',
      'milestone',
      'createdAt',
      'updatedAt',
      'url',
    ]);
    expect(report.warnings).toContain(
      `${GH_FILE}: ${GH_FILE}#1: label "🏕 Priority Mandatory" looks like a priority but matches no priority label convention; priority unknown`,
    );
    expect(report.items.map((i) => i.priority)).toEqual([null, null]);
  });

  it('keeps bodies as written, CRLF and emoji included', () => {
    const report = parse();
    expect(report.items[0]?.body).toBe(raw[0]?.body);
    expect(report.items[0]?.body).toContain('\r\n');
    expect(report.items[0]?.body).toContain('👍 👎 😄 🎉');
    expect(report.items[1]?.body).toBe(' ![Uploading Screenshot 2023-10-20 at 14.21.17.png…]()');
  });
});

describe.skipIf(!present)('corpus: other issue exports are not taken for GitHub JSON', () => {
  it('the GitLab project export (NDJSON) is refused by both GitHub parsers', () => {
    const lines = readText('gitlab-export-issues-handbook.ndjson')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown);
    expect(githubRestJsonParser.detect(lines, true)).toBe(false);
    expect(githubGhJsonParser.detect(lines, true)).toBe(false);
  });
});
