import type { TrackerReport } from '../../model/tracked-item.js';
import { validateReportShape } from '../../sast/validate-report-shape.js';
import { priorityScale } from '../labels/priority-scale.js';
import type { JsonTrackerParser, TrackerOptions } from '../tracker-parser.js';
import { gitlabApiFields } from './gitlab/gitlab-api-fields.js';
import { gitlabIssueSchema, gitlabIssuesSchema } from './gitlab/gitlab-schema.js';
import { formatNotes } from './issues/format-notes.js';
import { issueItem } from './issues/issue-item.js';
import type { ItemNote } from './issues/item-note.js';
import { itemPlace } from './issues/item-note.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Fields of a project export record (`issues.ndjson`), which has its own importer.
const EXPORT_KEYS = ['label_links', 'issue_assignees', 'resource_label_events'];

/** A REST issue: an `iid`, a string `state`, and none of the project export's nested lists. */
const isApiIssue = (value: unknown): boolean =>
  isRecord(value) &&
  typeof value.iid === 'number' &&
  typeof value.state === 'string' &&
  !EXPORT_KEYS.some((key) => key in value);

/**
 * GitLab REST issues: `GET /projects/:id/issues` (also `/groups/:id/issues`, `/issues`), an array, or one issue
 * (`GET /projects/:id/issues/:iid`). Priority comes from labels only (GitLab has no priority field): `P1`,
 * `priority::high`, as the label conventions say. The JSON has no line numbers, so warnings name the key.
 */
export const gitlabJsonParser: JsonTrackerParser = {
  kind: 'json',
  format: 'gitlab-json',

  detect(document: unknown, ndjson: boolean): boolean {
    if (ndjson) return false;
    if (isRecord(document))
      return isApiIssue(document) && ('web_url' in document || 'references' in document);
    return Array.isArray(document) && document.length > 0 && isApiIssue(document[0]);
  },

  parse(document: unknown, source: string, options: TrackerOptions): TrackerReport {
    const issues = isRecord(document)
      ? [validateReportShape(gitlabIssueSchema, document, source, 'GitLab issues JSON')]
      : validateReportShape(gitlabIssuesSchema, document, source, 'GitLab issues JSON');
    const context = { source, labels: options.labels, priorities: priorityScale([]) };
    const notes: ItemNote[] = [];
    const items = issues.map((issue) => {
      // The key (`#6`, `project#6`) is known once the fields are read: notes wait for it.
      const problems: string[] = [];
      const note = (problem: string) => problems.push(problem);
      const fields = gitlabApiFields(issue, note);
      const item = issueItem(fields, context, note);
      notes.push(...problems.map((problem) => ({ place: itemPlace(source, null, fields.key), problem })));
      return item;
    });
    const warnings = formatNotes(notes);
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: 'gitlab-json', items, warnings };
  },
};
