import type { Priority } from '../../../model/priority.js';
import type { Severity } from '../../../model/severity.js';
import type { TrackedItem } from '../../../model/tracked-item.js';
import { classifyLabels } from '../../labels/classify-labels.js';
import type { LabelConventions } from '../../labels/label-conventions.js';
import type { PriorityScale } from '../../labels/priority-scale.js';
import { priorityScale } from '../../labels/priority-scale.js';
import { severityOfWord } from '../../labels/severity-of-word.js';
import { parseTrackerDate } from '../../dates/parse-tracker-date.js';
import type { DateField, IssueFields } from './issue-fields.js';

/** What turning one issue into an item needs besides its fields. */
export interface IssueContext {
  source: string;
  labels: LabelConventions;
  /** The scale of the file's priority field, built over every value the file uses. */
  priorities: PriorityScale;
}

// A word that says "no priority" (`None`, `No priority`, `-`): alone, it fits no vocabulary and is not unknown.
function isUnset(word: string): boolean {
  const alone = priorityScale([word]);
  return alone.vocabulary === null && alone.unknown.length === 0 && alone.of(word) === null;
}

function readDate(date: DateField | null, note: (problem: string) => void): string | null {
  if (date === null) return null;
  const iso = parseTrackerDate(date.value);
  if (iso === null)
    note(`"${date.field}" is not a date gonogo can read: ${JSON.stringify(date.value)}; ignored`);
  return iso;
}

function fieldPriority(
  word: string | null,
  scale: PriorityScale,
  note: (problem: string) => void,
): { priority: Priority; word: string | null } {
  if (word === null || isUnset(word)) return { priority: null, word: null };
  const priority = scale.of(word);
  if (priority === null) {
    const vocabulary = scale.vocabulary ? ` (this file ranks ${scale.vocabulary.join(', ')})` : '';
    note(`unknown priority ${JSON.stringify(word)}${vocabulary}; priority left unknown`);
  }
  return { priority, word };
}

function fieldSeverity(word: string | null, note: (problem: string) => void): Severity | null {
  if (word === null) return null;
  const severity = severityOfWord(word);
  if (severity === null) note(`unknown severity ${JSON.stringify(word)}; ignored`);
  return severity;
}

/**
 * A tracked item from what an importer read: dates to ISO, priority from the priority field ranked in the file's
 * own scale (else from labels), severity from a severity field (else from labels), module from the component
 * (else from an `area/…` label). Each value it cannot use is left unknown and noted through `note`.
 */
export function issueItem(
  fields: IssueFields,
  context: IssueContext,
  note: (problem: string) => void,
): TrackedItem {
  const facts = classifyLabels(fields.labels, context.labels);
  for (const label of facts.unknown)
    note(`label ${JSON.stringify(label)} has a value gonogo does not know; ignored`);
  const fromField = fieldPriority(fields.priorityWord, context.priorities, note);
  const useField = fromField.priority !== null || facts.priority === null;
  if (fields.title === null) note('no title');
  return {
    key: fields.key,
    title: fields.title ?? '',
    url: fields.url,
    state: fields.workflow.state,
    status: fields.workflow.status,
    priority: useField ? fromField.priority : facts.priority,
    severity: fieldSeverity(fields.severityWord, note) ?? facts.severity,
    labels: fields.labels,
    module: fields.component ?? facts.module,
    assignees: fields.assignees,
    due: readDate(fields.dates.due, note) ?? readDate(fields.dates.dueFallback, note),
    created: readDate(fields.dates.created, note),
    parent: fields.parent,
    body: fields.body,
    stateReason: fields.workflow.stateReason,
    progress: fields.progress,
    rawPriority: useField ? fromField.word : facts.rawPriority,
    blocking: facts.blocking,
    updated: readDate(fields.dates.updated, note),
    section: [],
    source: { file: context.source, line: fields.line, kind: 'tracker' },
  };
}
