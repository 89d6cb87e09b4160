import type { TrackedItem } from '../../../model/tracked-item.js';
import { classifyLabels } from '../../labels/classify-labels.js';
import type { LabelConventions } from '../../labels/label-conventions.js';
import { bodyTaskProgress } from './body-task-progress.js';
import type { IssueFacts } from './issue-facts.js';
import { issueRefKey } from './issue-ref-key.js';
import { issueStatus } from './issue-status.js';
import { labelProblems } from './label-problems.js';

/** Where an issue is: its export, its position in it, and its line when the export says. */
export interface IssuePlace {
  source: string;
  /** 0-based position among the export's records. */
  index: number;
  line: number | null;
}

/** A tracked item, and the data-quality notes about it (without its key). */
export interface TrackedIssue {
  item: TrackedItem;
  problems: string[];
}

/**
 * A GitHub issue as a tracked item. Key `#<number>` (`<source>#<position>` when the export has no number); open
 * or closed as GitHub says, read as open when unknown so it is never counted as done; due date from its
 * milestone; priority, severity, module and blocker from its labels; progress from its sub-issues, else from the
 * task list of its body.
 */
export function trackedIssue(
  facts: IssueFacts,
  place: IssuePlace,
  conventions: LabelConventions,
): TrackedIssue {
  const labelFacts = classifyLabels(facts.labels, conventions);
  const progress = facts.subIssues
    ? { done: facts.subIssues.completed, total: facts.subIssues.total }
    : bodyTaskProgress(facts.body);
  const item: TrackedItem = {
    key: facts.number === null ? `${place.source}#${place.index + 1}` : `#${facts.number}`,
    title: facts.title,
    url: facts.url,
    state: facts.state ?? 'open',
    status: issueStatus(facts, progress),
    priority: labelFacts.priority,
    severity: labelFacts.severity,
    labels: facts.labels,
    module: labelFacts.module,
    assignees: facts.assignees,
    due: facts.milestoneDue,
    created: facts.created,
    parent: facts.parent === null ? null : issueRefKey(facts.parent, facts.repository),
    body: facts.body,
    stateReason: facts.stateReason,
    progress,
    rawPriority: labelFacts.rawPriority,
    blocking: labelFacts.blocking,
    updated: facts.updated,
    section: [],
    source: { file: place.source, line: place.line, kind: 'tracker' },
  };
  return { item, problems: [...facts.problems, ...labelProblems(facts.labels, labelFacts)] };
}
