import type { ItemStatus, TrackedItem } from '../../../model/tracked-item.js';
import { applyFields } from './apply-fields.js';
import { isStruckHeading } from './is-struck-heading.js';
import { newChecklistItem } from './new-checklist-item.js';
import type { PlanContext } from './plan-context.js';
import { statusOfText } from './status-of-text.js';

/** A heading item, and whether its status was stated (else its task-list children decide it). */
export interface HeadingItem {
  item: TrackedItem;
  section: number;
  stated: boolean;
}

/**
 * The heading items of a plan (`### ✅ 5. …` with `**STATUS:** ✅ IMPLÉMENTÉ`, `### 1.1 …` with `**Priorité:** 🔴
 * CRITIQUE`). Status: wholly struck through is dropped; else the `Status:` line (an unknown word reads as todo,
 * with a warning); else the heading's own marker; else left to its children. Priority: its `Priority:` line (an
 * unknown one stays unknown, with a warning), else its heading, else the nearest enclosing heading that gives one.
 * Title: the heading without its status marker, number kept. Parent: the nearest enclosing heading item.
 */
export function headingItems(context: PlanContext): HeadingItem[] {
  const items: HeadingItem[] = [];
  context.sections.forEach((reading, index) => {
    if (!reading.item) return;
    const { section, heading } = reading;
    const item = newChecklistItem(
      context.source,
      section.line,
      heading.title,
      context.path(section.enclosing),
    );
    let status: ItemStatus | null = isStruckHeading(section.inline) ? 'dropped' : null;
    if (status === null && reading.status) {
      const stated = statusOfText(reading.status.value);
      status = stated.status ?? 'todo';
      if (stated.status === null) {
        const word = stated.unknown ?? 'empty';
        context.warn(reading.status.line, `unknown status "${word}" for "${heading.title}": read as todo`);
      }
    }
    status ??= heading.marker?.status ?? null;
    if (status !== null) {
      item.status = status;
      item.state = status === 'done' || status === 'dropped' ? 'closed' : 'open';
    }
    const own = reading.priority;
    if (own && context.resolve(own.reading) === null) {
      // The item says something about its priority that cannot be read: it is unknown, not the section's.
      context.warn(
        own.line,
        `unknown priority "${own.value || 'empty'}" for "${heading.title}": priority unknown`,
      );
      item.rawPriority = own.value === '' ? null : own.value;
    } else {
      const priority = context.inherited(index);
      item.priority = priority?.priority ?? null;
      item.rawPriority = priority?.raw ?? null;
    }
    applyFields(item, section.fields, context, section.line);
    item.body = section.body.length === 0 ? null : section.body.join('\n');
    items.push({ item, section: index, stated: status !== null });
  });
  return items;
}
