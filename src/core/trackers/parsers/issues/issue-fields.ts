import type { ItemStatus } from '../../../model/tracked-item.js';

/** Where an issue stands in its tracker's workflow, read by each importer its own way. */
export interface Workflow {
  state: 'open' | 'closed';
  status: ItemStatus;
  /** Why it was closed, in the tracker's own words (Jira's resolution, `duplicate`, `Canceled`). */
  stateReason: string | null;
}

/**
 * What an importer read from one issue, before normalization: texts trimmed (empty is `null`), dates and the
 * priority and severity words as the export wrote them. Shared by the Jira, GitLab and Linear importers.
 */
export interface IssueFields {
  key: string;
  title: string | null;
  url: string | null;
  workflow: Workflow;
  /** The value of a priority field (Jira's `Priority`, Linear's `Priority`); labels are read besides. */
  priorityWord: string | null;
  /** The value of a severity field (Jira's `Bug Severity`, GitLab's incident severity). */
  severityWord: string | null;
  labels: string[];
  /** A component field (Jira's `Component/s`): the module, before any `area/…` label. */
  component: string | null;
  assignees: string[];
  /** Raw dates, each named after the export's own field so a bad one can be found. */
  dates: {
    due: DateField | null;
    /** The milestone's or fix version's due date, read when the item has no due date of its own. */
    dueFallback: DateField | null;
    created: DateField | null;
    updated: DateField | null;
  };
  parent: string | null;
  body: string | null;
  progress: { done: number; total: number } | null;
  /** File line of the record, when the format has lines. */
  line: number | null;
}

/** A date as written, with the export's name for its field. */
export interface DateField {
  field: string;
  value: string;
}
