import type { PhrasingContent } from 'mdast';
import type { ItemStatus } from '../../../model/tracked-item.js';
import { isStruckThrough } from './is-struck-through.js';
import { leadingStatusEmoji } from './leading-status-emoji.js';

/**
 * The status of a task-list item from its box and title: wholly struck through or marked N/A is dropped; checked
 * is done; unchecked is todo unless its title starts with an in-progress, partial or blocked emoji (`- [ ] 🔄 …`).
 * A ✅ on an unchecked box does not make it done: the box is the stated state.
 */
export function taskStatus(checked: boolean, inline: readonly PhrasingContent[], title: string): ItemStatus {
  if (isStruckThrough(inline) || /^n\/a\b|\(n\/a\)$/i.test(title)) return 'dropped';
  if (checked) return 'done';
  const marked = leadingStatusEmoji(title);
  return marked === 'in-progress' || marked === 'partial' || marked === 'blocked' ? marked : 'todo';
}
