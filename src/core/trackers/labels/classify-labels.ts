import type { Priority } from '../../model/priority.js';
import type { Severity } from '../../model/severity.js';
import type { LabelConventions } from './label-conventions.js';
import { priorityOfWord } from './priority-of-word.js';
import { severityOfWord } from './severity-of-word.js';

/** What an item's labels say. */
export interface LabelFacts {
  priority: Priority;
  /** The label the priority came from, as written. */
  rawPriority: string | null;
  severity: Severity | null;
  module: string | null;
  blocking: boolean;
  /** Labels that matched a pattern but whose value is not understood (`priority/whenever`). */
  unknown: string[];
}

function firstValue(
  labels: readonly string[],
  patterns: readonly RegExp[],
): { label: string; value: string }[] {
  const found: { label: string; value: string }[] = [];
  for (const label of labels) {
    for (const pattern of patterns) {
      const match = pattern.exec(label.trim());
      if (match) {
        found.push({ label, value: (match[1] ?? match[0]).trim() });
        break;
      }
    }
  }
  return found;
}

/**
 * Reads priority, severity, module and blocking from labels. When several labels give a priority or a severity,
 * the most urgent wins (a `P0` and a `P2` on one issue is a P0); the first module label wins.
 */
export function classifyLabels(labels: readonly string[], conventions: LabelConventions): LabelFacts {
  const unknown: string[] = [];
  let priority: Priority = null;
  let rawPriority: string | null = null;
  for (const { label, value } of firstValue(labels, conventions.priority)) {
    const found = priorityOfWord(value);
    if (found === null) unknown.push(label);
    else if (priority === null || found < priority) {
      priority = found;
      rawPriority = label;
    }
  }
  let severity: Severity | null = null;
  const order = ['critical', 'high', 'medium', 'low', 'info'];
  for (const { label, value } of firstValue(labels, conventions.severity)) {
    const found = severityOfWord(value);
    if (found === null) unknown.push(label);
    else if (severity === null || order.indexOf(found) < order.indexOf(severity)) severity = found;
  }
  const module = firstValue(labels, conventions.module)[0]?.value ?? null;
  const blocking = labels.some((label) => conventions.blocking.some((pattern) => pattern.test(label.trim())));
  return { priority, rawPriority, severity, module, blocking, unknown };
}
