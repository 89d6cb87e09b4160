import type { TrackedItem } from '../../../model/tracked-item.js';
import { applyFields } from './apply-fields.js';
import { FIELD_NAMES, type FieldKind } from './field-names.js';
import { matchable } from './matchable.js';
import { newChecklistItem } from './new-checklist-item.js';
import type { Outline } from './outline.js';
import type { PlanContext } from './plan-context.js';
import { plainText } from './plain-text.js';
import { priorityInField } from './priority-in-field.js';
import type { Field } from './read-field.js';
import { statusOfText } from './status-of-text.js';

/**
 * Rows of tracker tables as items: tables with a task column (`Action`, `Tâche`, `Task`, `Item`, `Titre`…) and a
 * status or priority column. Other tables (progress summaries, risk registers, comparisons) restate what the
 * document's items say or are not work, and are read as body text only. Each cell is read like the field its
 * column names; an empty status is todo, an unknown one todo with a warning.
 */
export function tableItems(outline: Outline, context: PlanContext): TrackedItem[] {
  const items: TrackedItem[] = [];
  for (const table of outline.tables) {
    const [header, ...rows] = table.node.children;
    if (!header) continue;
    const columns = header.children.map((cell) => {
      const name = plainText(cell.children);
      return { name, kind: FIELD_NAMES.get(matchable(name).replace(/\s+/g, ' ')) ?? null };
    });
    const column = (kind: FieldKind): number => columns.findIndex((found) => found.kind === kind);
    const titleColumn = column('title');
    if (titleColumn < 0 || (column('status') < 0 && column('priority') < 0)) continue;
    for (const row of rows) {
      const line = row.position?.start.line ?? 0;
      const cells = row.children.map((cell) => plainText(cell.children));
      const title = cells[titleColumn] ?? '';
      if (title === '') {
        context.warn(line, `table row without ${columns[titleColumn]?.name}: not read as an item`);
        continue;
      }
      const item = newChecklistItem(context.source, line, title, context.path(table.section));
      item.parent = context.nearestItem(table.section);
      const fields: Field[] = columns.flatMap((found, index) =>
        found.kind && found.kind !== 'title'
          ? [{ kind: found.kind, name: found.name, value: cells[index] ?? '' }]
          : [],
      );
      const statusValue = fields.find((field) => field.kind === 'status')?.value ?? '';
      if (statusValue !== '') {
        const stated = statusOfText(statusValue);
        if (stated.status === null)
          context.warn(line, `unknown status "${stated.unknown ?? statusValue}": read as todo`);
        item.status = stated.status ?? 'todo';
        item.state = item.status === 'done' || item.status === 'dropped' ? 'closed' : 'open';
      }
      const priorityValue = fields.find((field) => field.kind === 'priority')?.value ?? '';
      const priority =
        priorityValue === ''
          ? context.inherited(table.section)
          : context.resolve(priorityInField(priorityValue));
      if (priorityValue !== '' && priority === null)
        context.warn(line, `unknown priority "${priorityValue}": priority unknown`);
      item.priority = priority?.priority ?? null;
      item.rawPriority = priority?.raw ?? (priorityValue || null);
      applyFields(item, fields, context, line);
      items.push(item);
    }
  }
  return items;
}
