import * as z from 'zod';
import type { TrackerReport } from '../../../model/tracked-item.js';
import { validateReportShape } from '../../../sast/validate-report-shape.js';
import type { TrackerOptions } from '../../tracker-parser.js';
import { buildIssuesReport } from './build-issues-report.js';
import { ghIssueFacts } from './gh-issue-facts.js';
import { ghIssueSchema } from './gh-issue-schema.js';
import type { ExpectedField } from './missing-field-warnings.js';

const GH_ISSUES = z.array(ghIssueSchema);

const isClosed = (record: Readonly<Record<string, unknown>>): boolean =>
  String(record.state).toUpperCase() === 'CLOSED' || record.closed === true;

/** gh's fields gonogo needs, and what is lost without each. */
const EXPECTED: readonly ExpectedField[] = [
  { names: ['number'], consequence: 'issues are keyed by their position in the file (<file>#1, #2…)' },
  { names: ['title'], consequence: 'issues have no title' },
  {
    names: ['state', 'closed'],
    consequence: 'every issue is read as open: an issue whose state is unknown is never counted as done',
  },
  {
    names: ['stateReason'],
    consequence: 'closed issues are read as done: none can be told not planned or duplicate',
    neededBy: isClosed,
  },
  { names: ['labels'], consequence: 'no priority, severity, module or blocker can be read from labels' },
  { names: ['assignees'], consequence: 'no assignees' },
  { names: ['milestone'], consequence: 'no due dates (GitHub issues take theirs from their milestone)' },
  { names: ['createdAt'], consequence: 'no creation dates' },
  { names: ['updatedAt'], consequence: 'no update dates' },
  { names: ['url'], consequence: 'no links to the issues' },
];

const EXPORT_COMMAND =
  'gh issue list --state all --limit 10000 --json number,title,state,stateReason,labels,assignees,milestone,createdAt,updatedAt,url,body';

/** `gh pr list --json` output shares the shape: a merge state or a branch says pull request. */
const isPullRequest = (record: Readonly<Record<string, unknown>>): boolean =>
  record.__typename === 'PullRequest' ||
  String(record.state).toUpperCase() === 'MERGED' ||
  ['headRefName', 'baseRefName', 'isDraft', 'mergedAt'].some((key) => key in record);

/**
 * The tracker report of `gh issue list --json` output. Throws `InputError` naming the place when a record is not
 * an object. gh writes only the fields asked for: each missing one is warned once for the file, with the command
 * that exports them all.
 */
export function ghIssuesReport(
  records: readonly unknown[],
  source: string,
  options: TrackerOptions,
): TrackerReport {
  const parsed = validateReportShape(GH_ISSUES, records, source, 'gh issue list');
  return buildIssuesReport({
    source,
    format: 'github-json',
    options,
    records: records as readonly Record<string, unknown>[],
    parsed,
    isPullRequest,
    expected: EXPECTED,
    facts: ghIssueFacts,
    warnings: [],
    missingHint: `to export every field gonogo reads: ${EXPORT_COMMAND}`,
  });
}
