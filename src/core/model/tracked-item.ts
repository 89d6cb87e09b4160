import type { Priority } from './priority.js';
import type { Severity } from './severity.js';

/** Workflow status of a tracked item. */
export const ITEM_STATUSES = ['todo', 'in-progress', 'partial', 'blocked', 'done', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** An issue from a tracker or an item of a markdown checklist or plan. */
export interface TrackedItem {
  /** Stable key: the tracker's id, or `<file>#L<line>` for a checklist item. */
  key: string;
  title: string;
  url: string | null;
  state: 'open' | 'closed';
  status: ItemStatus;
  priority: Priority;
  severity: Severity | null;
  labels: string[];
  module: string | null;
  assignees: string[];
  /** ISO date `YYYY-MM-DD`. */
  due: string | null;
  created: string | null;
  /** Key of the parent item (a nested checklist item, a sub-issue). */
  parent: string | null;
  /** The item's description, when the source has one (issue body, checklist details): read for domains. */
  body: string | null;
  /** Why it was closed, as the tracker says (`completed`, `not_planned`, `duplicate`, Jira's resolution…). */
  stateReason: string | null;
  /** Progress of its sub-items (sub-issues, acceptance criteria) when the source says; `null` otherwise. */
  progress: { done: number; total: number } | null;
  /** The source's own priority word (`Highest`, `priority::1`, `🔴 CRITIQUE`), before normalization. */
  rawPriority: string | null;
  /** Labels that mark it as blocking a release (`blocker`, `release-blocker`) were found. */
  blocking: boolean;
  /** Last update, ISO date `YYYY-MM-DD`, when known. */
  updated: string | null;
  /** Headings enclosing a checklist item, outermost first; empty for tracker issues. */
  section: string[];
  /** Where it came from. */
  source: { file: string; line: number | null; kind: 'checklist' | 'tracker' };
}

/** Formats gonogo detects for trackers. */
export type TrackerFormat =
  | 'markdown'
  | 'github-json'
  | 'github-api'
  | 'jira-csv'
  | 'jira-json'
  | 'gitlab-json'
  | 'gitlab-ndjson'
  | 'linear-csv';

/** One parsed tracker file. */
export interface TrackerReport {
  source: string;
  format: TrackerFormat;
  items: TrackedItem[];
  /** Data-quality notes (unknown status word, unknown priority…), each naming the place. */
  warnings: string[];
}
