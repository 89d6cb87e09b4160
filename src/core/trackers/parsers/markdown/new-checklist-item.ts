import type { TrackedItem } from '../../../model/tracked-item.js';

/**
 * A markdown item with every field unknown: open, todo, no priority, no parent. Keyed by its file and line, the
 * only identity a line of a document has.
 */
export function newChecklistItem(
  source: string,
  line: number,
  title: string,
  section: string[],
): TrackedItem {
  return {
    key: `${source}#L${line}`,
    title,
    url: null,
    state: 'open',
    status: 'todo',
    priority: null,
    severity: null,
    labels: [],
    module: null,
    assignees: [],
    due: null,
    created: null,
    parent: null,
    body: null,
    stateReason: null,
    progress: null,
    rawPriority: null,
    blocking: false,
    updated: null,
    section,
    source: { file: source, line, kind: 'checklist' },
  };
}
