import { InputError } from '../../errors/input-error.js';
import type { TrackerReport } from '../../model/tracked-item.js';
import type { JsonTrackerParser, TrackerOptions } from '../tracker-parser.js';
import { restIssueRecords } from './github/rest-issue-records.js';
import { restIssuesReport } from './github/rest-issues-report.js';
import { isJsonObject } from '../../text/is-json-object.js';

/**
 * A REST issue or pull request: a number and one of the fields only REST writes. GitLab's `iid`/`project_id`
 * objects and gh's camelCase ones have none of them.
 */
const isRestIssue = (value: unknown): boolean =>
  isJsonObject(value) &&
  typeof value.number === 'number' &&
  ['html_url', 'node_id', 'repository_url', 'user', 'labels_url'].some((key) => key in value) &&
  !('iid' in value) &&
  !('project_id' in value);

/**
 * GitHub REST issue dumps: `GET /repos/{owner}/{repo}/issues` pages as saved by `curl` or `gh api` (one page, pages
 * slurped, one issue per line) and search results. Pull requests in the listing are skipped. Records carry no
 * line (`source.line` is null): dumps are often one minified line.
 */
export const githubRestJsonParser: JsonTrackerParser = {
  kind: 'json',
  format: 'github-json',

  detect(document: unknown): boolean {
    const records = restIssueRecords(document, '')?.records;
    return records !== undefined && records.length > 0 && isRestIssue(records[0]);
  },

  parse(document: unknown, source: string, options: TrackerOptions): TrackerReport {
    const unwrapped = restIssueRecords(document, source);
    if (!unwrapped)
      throw new InputError(source, 'expected a GitHub REST issue list: a JSON array of issue objects');
    return restIssuesReport(unwrapped.records, source, 'github-json', options, unwrapped.warnings);
  },
};
