import type { TrackedItem } from '../../../model/tracked-item.js';
import { headingItems } from './heading-items.js';
import { applyProgress } from './item-progress.js';
import type { Outline } from './outline.js';
import { PlanContext } from './plan-context.js';
import { priorityWords } from './priority-words.js';
import { rankPriorities } from './rank-priorities.js';
import { readSections } from './read-sections.js';
import { tableItems } from './table-items.js';
import { taskItems } from './task-items.js';

/** The items of a markdown plan, in document order, and its data-quality warnings (`file:line: …`). */
export interface PlanItems {
  items: TrackedItem[];
  warnings: string[];
}

/**
 * Turns a scanned markdown document into tracked items: heading items, task-list items and tracker-table rows,
 * with parents, priorities, progress and statuses (a heading item with no stated status takes it from its
 * task-list children: all done is done, some done is in progress). Later references to a numbered item (a
 * `#### ✅ #12` summary heading, a `- [x] #8 …` task) are the same item: a reference that disagrees with the item's
 * status is reported, the item's own status kept.
 */
export function buildPlanItems(outline: Outline, source: string): PlanItems {
  const sections = readSections(outline);
  const context = new PlanContext(source, sections, rankPriorities(priorityWords(outline, sections)));
  const headings = headingItems(context);
  const numbered = new Map<string, string>();
  for (const { item, section } of headings) {
    const number = sections[section]?.heading.number;
    if (number && !numbered.has(number)) numbered.set(number, item.key);
  }
  const tasks = taskItems(outline, context, numbered);
  const items = [...headings.map((heading) => heading.item), ...tasks.items, ...tableItems(outline, context)];
  const children = new Map<string, TrackedItem[]>();
  for (const child of items) {
    if (child.parent === null || child.status === 'dropped') continue;
    const siblings = children.get(child.parent);
    if (siblings) siblings.push(child);
    else children.set(child.parent, [child]);
  }
  for (const { item, stated } of headings) {
    const own = children.get(item.key) ?? [];
    const done = own.filter((child) => child.status === 'done').length;
    if (stated || done === 0) continue;
    item.status = done === own.length ? 'done' : 'in-progress';
    item.state = item.status === 'done' ? 'closed' : 'open';
  }
  const byKey = new Map(items.map((item) => [item.key, item]));
  const byLine = new Map<number | null, string>([
    ...tasks.mentions.map((mention) => [mention.line, mention.target] as const),
    ...items.map((item) => [item.source.line, item.key] as const),
  ]);
  const taskKeys = new Map<number, string>();
  outline.tasks.forEach((task, index) => {
    const key = byLine.get(task.line);
    if (key) taskKeys.set(index, key);
  });
  applyProgress(items, outline, context, taskKeys);
  const references = [
    ...tasks.mentions,
    ...sections.flatMap((reading) => {
      const target = reading.mentionOf === null ? null : context.sectionKey(reading.mentionOf);
      const status = reading.heading.marker?.status;
      return target && status
        ? [{ line: reading.section.line, title: reading.heading.title, status, target }]
        : [];
    }),
  ];
  for (const reference of references) {
    const item = byKey.get(reference.target);
    if (item && item.status !== reference.status)
      context.warn(
        reference.line,
        `"${reference.title}" refers to the item at line ${item.source.line} as ${reference.status}, but the item is ${item.status}: the item's own status is kept`,
      );
  }
  const malformed = outline.tasks.filter((task) => task.malformed).map((task) => task.line);
  if (malformed.length > 0)
    context.warn(
      malformed[0] ?? null,
      `${malformed.length} list item(s) start with "[]" (line ${malformed.join(', ')}): read as unchecked task items (GFM writes "[ ]")`,
    );
  items.sort((a, b) => (a.source.line ?? 0) - (b.source.line ?? 0));
  const warnings = [...context.warnings]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((warning) => `${source}${warning.line === null ? '' : `:${warning.line}`}: ${warning.text}`);
  return { items, warnings };
}
