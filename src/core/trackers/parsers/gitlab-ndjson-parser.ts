import type { TrackerReport } from '../../model/tracked-item.js';
import { validateReportShape } from '../../sast/validate-report-shape.js';
import { priorityScale } from '../labels/priority-scale.js';
import type { JsonTrackerParser, TrackerOptions } from '../tracker-parser.js';
import { gitlabExportFields } from './gitlab/gitlab-export-fields.js';
import { gitlabIssueSchema } from './gitlab/gitlab-schema.js';
import { formatNotes } from './issues/format-notes.js';
import { issueItem } from './issues/issue-item.js';
import type { ItemNote } from './issues/item-note.js';
import { itemPlace } from './issues/item-note.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Nested lists only the project export writes into an issue record.
const EXPORT_KEYS = [
  'label_links',
  'issue_assignees',
  'resource_label_events',
  'notes',
  'events',
  'timelogs',
];

const isExportIssue = (value: unknown): boolean =>
  isRecord(value) && typeof value.iid === 'number' && EXPORT_KEYS.some((key) => key in value);

/**
 * A GitLab project export's issues (Settings › Export project, `tree/project/issues.ndjson`): one issue per line
 * with its labels, assignees, notes and events nested. Records are numbered from 1 in file order, which is their
 * line as long as the file has no blank lines (GitLab writes none). Priority comes from labels only.
 */
export const gitlabNdjsonParser: JsonTrackerParser = {
  kind: 'json',
  format: 'gitlab-ndjson',

  detect(document: unknown, ndjson: boolean): boolean {
    return ndjson && Array.isArray(document) && document.length > 0 && isExportIssue(document[0]);
  },

  parse(document: unknown, source: string, options: TrackerOptions): TrackerReport {
    const records = Array.isArray(document) ? document : [document];
    const context = { source, labels: options.labels, priorities: priorityScale([]) };
    const notes: ItemNote[] = [];
    const items = records.map((record, index) => {
      const line = index + 1;
      const issue = validateReportShape(
        gitlabIssueSchema,
        record,
        `${source}:${line}`,
        'GitLab export issue',
      );
      const place = itemPlace(source, line, `#${issue.iid}`);
      const note = (problem: string) => notes.push({ place, problem });
      return issueItem(gitlabExportFields(issue, line, note), context, note);
    });
    const warnings = formatNotes(notes);
    if (items.length === 0) warnings.push(`${source}: no issues in the export`);
    return { source, format: 'gitlab-ndjson', items, warnings };
  },
};
