/** The one priority vocabulary for tracked items, most urgent first. */
export const PRIORITIES = ['P0', 'P1', 'P2', 'P3', 'P4'] as const;

/** Priority of a tracked item; `null` means unknown (reported as a data-quality warning). */
export type Priority = (typeof PRIORITIES)[number] | null;

/** Rank of a known priority: 0 for P0, 4 for P4. */
export function priorityRank(priority: Exclude<Priority, null>): number {
  return PRIORITIES.indexOf(priority);
}
