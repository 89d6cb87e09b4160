import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTracker } from '../../src/core/trackers/parse-tracker.js';

const dir = fileURLToPath(new URL('../../../shared/corpus/issue-tracker/', import.meta.url));
const present = existsSync(dir);
if (!present) console.info(`corpus not found at ${dir}: tracker dispatch corpus tests skipped`);

/** The format each export must be detected as, from its content (the manifest says what wrote it). */
const EXPECTED: Record<string, string> = {
  'gh-issue-list-cyf.json': 'github-json',
  'github-rest-issues.json': 'github-json',
  'gitlab-export-issues-handbook.ndjson': 'gitlab-ndjson',
  'jira-cloud-full-export.csv': 'jira-csv',
  'jira-export-timetracking.csv': 'jira-csv',
  'linear-import-from-plane.csv': 'linear-csv',
};

describe.skipIf(!present)('issue-tracker exports through parseTracker', () => {
  const files = present ? readdirSync(dir).sort() : [];

  it('knows every file of the corpus family', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s is detected by its content and imported with every field set', (file) => {
    const report = parseTracker(readFileSync(`${dir}${file}`, 'utf8'), file);
    expect(report.format).toBe(EXPECTED[file]);
    expect(report.items.length).toBeGreaterThan(0);
    for (const item of report.items) {
      for (const [field, value] of Object.entries(item)) {
        expect(value, `${item.key}.${field}`).not.toBeUndefined();
        if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        if (typeof value === 'string') expect(value).not.toMatch(/^(nan|undefined|null)$/i);
      }
    }
  });
});
