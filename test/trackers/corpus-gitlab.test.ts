import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { gitlabJsonParser } from '../../src/core/trackers/parsers/gitlab-json-parser.js';
import { gitlabNdjsonParser } from '../../src/core/trackers/parsers/gitlab-ndjson-parser.js';

/** Real exports from public projects, kept outside the project; never copied in. */
const corpus = new URL('../../../shared/corpus/issue-tracker/', import.meta.url);
const present = existsSync(corpus);
if (!present) console.info(`corpus-gitlab: ${corpus.pathname} not found, GitLab corpus tests skipped`);

const read = (name: string): string => readFileSync(new URL(name, corpus), 'utf8');

/** The values of an NDJSON file, one per non-blank line, as the tracker registry hands them over. */
const ndjsonValues = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);

/** An issue record as the reference reads it, straight from the export's own fields. */
interface ReferenceIssue {
  iid: number;
  title: string;
  state: string;
  created_at: string;
  updated_at: string;
  description: string | null;
  label_links: { label: { title: string } }[];
}

describe.skipIf(!present)('corpus: GitLab', () => {
  it('every issue-tracker file: detect() is true only for the GitLab project export', () => {
    const files = readdirSync(corpus).sort();
    for (const name of files.filter((file) => file.endsWith('.json'))) {
      const document = JSON.parse(read(name)) as unknown;
      expect([gitlabJsonParser.detect(document, false), gitlabNdjsonParser.detect(document, false)]).toEqual([
        false,
        false,
      ]);
    }
    const ndjson = ndjsonValues(read('gitlab-export-issues-handbook.ndjson'));
    expect(gitlabNdjsonParser.detect(ndjson, true)).toBe(true);
    expect(gitlabJsonParser.detect(ndjson, true)).toBe(false);
  });

  describe('gitlab-export-issues-handbook.ndjson (project export, one issue per line)', () => {
    const name = 'gitlab-export-issues-handbook.ndjson';
    const text = present ? read(name) : '';
    const report = present
      ? gitlabNdjsonParser.parse(ndjsonValues(text), name, { labels: DEFAULT_LABEL_CONVENTIONS })
      : null;
    const reference = text
      .split('\n')
      .map((line, index) => ({
        line: index + 1,
        issue: line.trim() ? (JSON.parse(line) as ReferenceIssue) : null,
      }))
      .filter((entry) => entry.issue !== null);

    it('6 issues: 5 open (todo), 1 closed (done), on the line the reference finds them', () => {
      expect(report?.items.map((i) => [i.key, i.title, i.state, i.status, i.source.line])).toEqual(
        reference.map(({ line, issue }) => [
          `#${issue?.iid}`,
          issue?.title,
          issue?.state === 'closed' ? 'closed' : 'open',
          issue?.state === 'closed' ? 'done' : 'todo',
          line,
        ]),
      );
      expect(report?.items.filter((i) => i.state === 'open')).toHaveLength(5);
      expect(report?.warnings).toEqual([]);
    });

    it('labels, dates and descriptions as the export writes them; no priority or assignee in this project', () => {
      expect(report?.items.map((i) => [i.labels, i.created, i.updated, i.body])).toEqual(
        reference.map(({ issue }) => [
          issue?.label_links.map((link) => link.label.title),
          issue?.created_at.slice(0, 10),
          issue?.updated_at.slice(0, 10),
          issue?.description?.trim() || null,
        ]),
      );
      expect(
        report?.items.every((i) => i.priority === null && i.assignees.length === 0 && i.url === null),
      ).toBe(true);
    });

    it('concrete issues: the task list of #5, the closed #6', () => {
      expect(report?.items[4]).toMatchObject({
        key: '#5',
        title: 'Configure Self-Managed Instance Dependencies',
        progress: { done: 0, total: (text.split('\n')[4]?.match(/- \[ \] /g) ?? []).length },
      });
      expect(report?.items[4]?.progress?.total).toBe(3);
      expect(report?.items[5]).toMatchObject({
        key: '#6',
        title: "Unnecessary resources' content",
        state: 'closed',
        status: 'done',
        stateReason: null,
        created: '2020-05-05',
        updated: '2020-07-02',
      });
      expect(report?.items.filter((i) => i.progress !== null).map((i) => i.key)).toEqual(['#5']);
    });
  });
});
