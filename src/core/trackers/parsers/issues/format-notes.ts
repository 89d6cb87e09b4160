import type { ItemNote } from './item-note.js';

/**
 * The warnings of a file from its items' notes. The same problem on many items (one unknown status word on 40
 * issues) is one warning naming the first place and how many other items have it, so a systematic problem does
 * not bury the rare ones; notes keep the order in which they were first met.
 */
export function formatNotes(notes: readonly ItemNote[]): string[] {
  const groups = new Map<string, { place: string; count: number }>();
  for (const { place, problem } of notes) {
    const group = groups.get(problem);
    if (group) group.count += 1;
    else groups.set(problem, { place, count: 1 });
  }
  return [...groups].map(([problem, { place, count }]) => {
    const others = count - 1;
    const more = others === 0 ? '' : ` (also on ${others} other ${others === 1 ? 'item' : 'items'})`;
    return `${place}: ${problem}${more}`;
  });
}
