import type { Priority } from '../model/priority.js';
import type { TrackedItem } from '../model/tracked-item.js';

function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * When an item is due: its due date, else its creation date plus the SLA days of its priority; `null` when
 * neither is known. `fromSla` says which.
 */
export function itemDeadline(
  item: TrackedItem,
  slaDays: Readonly<Record<Exclude<Priority, null>, number>>,
): { date: string; fromSla: boolean } | null {
  if (item.due) return { date: item.due, fromSla: false };
  if (item.priority && item.created)
    return { date: addDays(item.created, slaDays[item.priority]), fromSla: true };
  return null;
}
