import type { TrackedItem } from '../../../model/tracked-item.js';
import { applyFields } from './apply-fields.js';
import { newChecklistItem } from './new-checklist-item.js';
import type { Outline } from './outline.js';
import type { PlanContext } from './plan-context.js';
import { plainText } from './plain-text.js';
import { priorityInField } from './priority-in-field.js';
import { splitInlineFields } from './split-inline-fields.js';
import { statusOfText } from './status-of-text.js';
import { taskStatus } from './task-status.js';

/** A task item that refers back to a heading item by number (`- [x] **#8 - Prometheus Metrics**`). */
export interface TaskMention {
  line: number;
  title: string;
  status: TrackedItem['status'];
  /** Key of the heading item it refers to. */
  target: string;
}

/** The task items of a plan, and the task items that only refer to a heading item. */
export interface TaskItems {
  items: TrackedItem[];
  mentions: TaskMention[];
}

/**
 * The task-list items of a plan, at any depth. Parent: the nearest enclosing task item, else the nearest
 * enclosing heading item (`- [ ]` follow-ups of `### ✅ 8. …`). Priority: its own `| Priority: …` field, else the
 * nearest enclosing heading that gives one. A task titled `#N …` when heading item N exists is that item, not a
 * new one. `numbered` maps heading items' numbers to their keys.
 */
export function taskItems(
  outline: Outline,
  context: PlanContext,
  numbered: ReadonlyMap<string, string>,
): TaskItems {
  const items: TrackedItem[] = [];
  const mentions: TaskMention[] = [];
  const keys: (string | null)[] = [];
  for (const task of outline.tasks) {
    const written = plainText(task.inline);
    const { title, fields } = splitInlineFields(task.malformed ? written.replace(/^\[\]\s*/, '') : written);
    const parent = task.parent === null ? context.nearestItem(task.section) : (keys[task.parent] ?? null);
    let status = taskStatus(task.checked, task.inline, title);
    const target = numbered.get(/^#(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s|$|[-–—:])/.exec(title)?.[1] ?? '');
    if (target !== undefined) {
      mentions.push({ line: task.line, title, status, target });
      keys.push(target);
      continue;
    }
    const item = newChecklistItem(context.source, task.line, title, context.path(task.section));
    keys.push(item.key);
    item.parent = parent;
    const statusField = fields.find((field) => field.kind === 'status' && field.value !== '');
    if (statusField && status === 'todo') {
      const stated = statusOfText(statusField.value);
      if (stated.status === null)
        context.warn(task.line, `unknown status "${stated.unknown ?? statusField.value}": read as todo`);
      status = stated.status ?? 'todo';
    }
    item.status = status;
    item.state = status === 'done' || status === 'dropped' ? 'closed' : 'open';
    const priorityField = fields.find((field) => field.kind === 'priority' && field.value !== '');
    const own = priorityField ? priorityInField(priorityField.value) : null;
    const priority = priorityField ? context.resolve(own) : context.inherited(task.section);
    if (priorityField && priority === null)
      context.warn(task.line, `unknown priority "${priorityField.value}": priority unknown`);
    item.priority = priority?.priority ?? null;
    item.rawPriority = priority?.raw ?? priorityField?.value ?? null;
    applyFields(item, fields, context, task.line);
    const empty = fields.filter((field) => field.value === '').map((field) => field.name);
    if (empty.length > 0) context.warn(task.line, `empty ${empty.join(', ')}: left unknown`);
    if (title === '') context.warn(task.line, 'task-list item without text');
    item.body = task.body.length === 0 ? null : task.body.join('\n');
    items.push(item);
  }
  return { items, mentions };
}
