import type { Nodes, Root } from 'mdast';
import type { TrackedItem } from '../../../model/tracked-item.js';
import { checklistItem } from './checklist-item.js';
import { HeadingPath } from './heading-path.js';
import { plainText } from './plain-text.js';

/**
 * Every GFM task-list item of a markdown tree, in document order, with its enclosing headings and its nearest
 * enclosing task item. Lists in any bullet style, at any depth, in block quotes count. Code blocks and HTML
 * (comments included) are leaves of the tree, so task-like lines inside them never become items.
 */
export function collectTaskItems(tree: Root, source: string): TrackedItem[] {
  const items: TrackedItem[] = [];
  const headings = new HeadingPath();
  // An explicit stack rather than recursion: the parser builds trees thousands of levels deep from nested quotes.
  // Children are pushed in reverse so they pop in document order, which the heading path relies on.
  const pending: { node: Nodes; parent: string | null }[] = [{ node: tree, parent: null }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, parent } = next;
    if (node.type === 'heading') {
      headings.enter(node.depth, plainText(node.children));
      continue;
    }
    let childrenParent = parent;
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      const item = checklistItem(node, { source, section: headings.titles(), parent });
      items.push(item);
      childrenParent = item.key;
    }
    if (!('children' in node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) pending.push({ node: child, parent: childrenParent });
    }
  }
  return items;
}
