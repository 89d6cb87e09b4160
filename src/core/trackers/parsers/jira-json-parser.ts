import * as z from 'zod';
import type { TrackerReport } from '../../model/tracked-item.js';
import { validateReportShape } from '../../sast/validate-report-shape.js';
import { priorityScale } from '../labels/priority-scale.js';
import type { JsonTrackerParser, TrackerOptions } from '../tracker-parser.js';
import { fieldReader } from './issues/field-reader.js';
import { formatNotes } from './issues/format-notes.js';
import { issueItem } from './issues/issue-item.js';
import type { ItemNote } from './issues/item-note.js';
import { itemPlace } from './issues/item-note.js';
import { jiraJsonFields } from './jira/jira-json-fields.js';
import type { JiraIssue } from './jira/jira-json-schema.js';
import { jiraIssueSchema, jiraSearchSchema } from './jira/jira-json-schema.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PAGE_KEYS = ['startAt', 'maxResults', 'total', 'isLast', 'nextPageToken'];

const isIssue = (value: unknown): boolean =>
  isRecord(value) && typeof value.key === 'string' && isRecord(value.fields) && !('iid' in value);

/** A search response page: `issues` whose first is a Jira issue, or none with the page's counters. */
const isSearchPage = (value: unknown): boolean =>
  isRecord(value) &&
  Array.isArray(value.issues) &&
  (value.issues.length === 0 ? PAGE_KEYS.some((key) => key in value) : isIssue(value.issues[0]));

/** The issues of the document: one page, pages one per line (NDJSON), or a bare array of issues. */
function issuesOf(document: unknown, source: string): JiraIssue[] {
  if (isRecord(document)) return validateReportShape(jiraSearchSchema, document, source, 'Jira JSON').issues;
  const pages = (value: unknown) => isRecord(value) && Array.isArray(value.issues);
  if (Array.isArray(document) && document.length > 0 && document.every(pages)) {
    return document.flatMap(
      (page, index) =>
        validateReportShape(jiraSearchSchema, page, `${source}:${index + 1}`, 'Jira JSON').issues,
    );
  }
  return validateReportShape(z.array(jiraIssueSchema), document, source, 'Jira JSON');
}

/**
 * Jira REST search results (`GET /rest/api/2/search`, `/rest/api/3/search` and `/search/jql`): a page
 * `{issues: [{key, fields}], …}`, pages one per line, or a bare array of issues. The JSON has no line numbers, so
 * warnings name the issue key.
 */
export const jiraJsonParser: JsonTrackerParser = {
  kind: 'json',
  format: 'jira-json',

  detect(document: unknown, ndjson: boolean): boolean {
    if (isSearchPage(document)) return true;
    if (!Array.isArray(document) || document.length === 0) return false;
    return ndjson ? document.every(isSearchPage) : isIssue(document[0]);
  },

  parse(document: unknown, source: string, options: TrackerOptions): TrackerReport {
    const issues = issuesOf(document, source);
    const context = {
      source,
      labels: options.labels,
      priorities: priorityScale(
        issues.map((issue) => fieldReader(issue, () => undefined).text('fields.priority.name')),
      ),
    };
    const notes: ItemNote[] = [];
    const items = issues.map((issue) => {
      const note = (problem: string) => notes.push({ place: itemPlace(source, null, issue.key), problem });
      return issueItem(jiraJsonFields(issue, note), context, note);
    });
    const warnings = formatNotes(notes);
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: 'jira-json', items, warnings };
  },
};
