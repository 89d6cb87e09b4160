import * as z from 'zod';
import type { TrackerFormat, TrackerReport } from '../../../model/tracked-item.js';
import { validateReportShape } from '../../../sast/validate-report-shape.js';
import type { TrackerOptions } from '../../tracker-parser.js';
import { buildIssuesReport } from './build-issues-report.js';
import type { ExpectedField } from './missing-field-warnings.js';
import { restIssueFacts } from './rest-issue-facts.js';
import { restIssueSchema } from './rest-issue-schema.js';

const REST_ISSUES = z.array(restIssueSchema);

const isClosed = (record: Readonly<Record<string, unknown>>): boolean =>
  String(record.state).toLowerCase() === 'closed';

/** A pull request: listed by `/issues` with a `pull_request` key; from `/pulls`, with its branches. */
const isPullRequest = (record: Readonly<Record<string, unknown>>): boolean =>
  (record.pull_request !== undefined && record.pull_request !== null) ||
  ('head' in record && 'base' in record);

/** The REST fields gonogo needs, and what is lost without each. */
const EXPECTED: readonly ExpectedField[] = [
  { names: ['number'], consequence: 'issues are keyed by their position in the file' },
  { names: ['title'], consequence: 'issues have no title' },
  {
    names: ['state'],
    consequence: 'every issue is read as open: an issue whose state is unknown is never counted as done',
  },
  {
    names: ['state_reason'],
    consequence: 'closed issues are read as done: none can be told not planned or duplicate',
    neededBy: isClosed,
  },
  { names: ['labels'], consequence: 'no priority, severity, module or blocker can be read from labels' },
  { names: ['assignees', 'assignee'], consequence: 'no assignees' },
  { names: ['milestone'], consequence: 'no due dates (GitHub issues take theirs from their milestone)' },
  { names: ['created_at'], consequence: 'no creation dates' },
  { names: ['updated_at'], consequence: 'no update dates' },
  { names: ['html_url'], consequence: 'no links to the issues' },
];

/**
 * The tracker report of REST issue objects, from a dump (`gh api repos/{owner}/{repo}/issues`) or fetched live.
 * Throws `InputError` naming the place when a record is not an object; any single field of the wrong shape is
 * dropped with a warning instead. Pull requests (objects with a `pull_request` key) are skipped.
 */
export function restIssuesReport(
  records: readonly unknown[],
  source: string,
  format: TrackerFormat,
  options: TrackerOptions,
  warnings: readonly string[] = [],
): TrackerReport {
  const parsed = validateReportShape(REST_ISSUES, records, source, 'GitHub REST issue list');
  return buildIssuesReport({
    source,
    format,
    options,
    records: records as readonly Record<string, unknown>[],
    parsed,
    isPullRequest,
    expected: EXPECTED,
    facts: restIssueFacts,
    warnings,
  });
}
