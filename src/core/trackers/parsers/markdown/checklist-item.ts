import type { ListItem } from 'mdast';
import type { ItemStatus, TrackedItem } from '../../../model/tracked-item.js';
import { isStruckThrough } from './is-struck-through.js';
import { plainText } from './plain-text.js';

/** Where a task item sits in its document. */
export interface ChecklistPlace {
  /** The file, as named to the user. */
  source: string;
  /** Enclosing headings, outermost first. */
  section: string[];
  /** Key of the nearest enclosing task item, or null. */
  parent: string | null;
}

/** A GFM task-list item (`- [ ]`, `- [x]`) as a tracked checklist item keyed by its file and start line. */
export function checklistItem(node: ListItem, place: ChecklistPlace): TrackedItem {
  const line = node.position?.start.line;
  if (line === undefined) throw new Error('the markdown parser returned a list item without a position');
  // The title is the item's own first paragraph, where the checkbox is: nested lists and later paragraphs are
  // details of the item, not its name.
  const first = node.children[0];
  const inline = first?.type === 'paragraph' ? first.children : [];
  const status: ItemStatus = isStruckThrough(inline) ? 'dropped' : node.checked === true ? 'done' : 'todo';
  return {
    key: `${place.source}#L${line}`,
    title: plainText(inline),
    url: null,
    state: status === 'todo' ? 'open' : 'closed',
    status,
    priority: null,
    severity: null,
    labels: [],
    module: null,
    assignees: [],
    due: null,
    created: null,
    parent: place.parent,
    body: null,
    stateReason: null,
    progress: null,
    rawPriority: null,
    blocking: false,
    updated: null,
    section: place.section,
    source: { file: place.source, line, kind: 'checklist' },
  };
}
