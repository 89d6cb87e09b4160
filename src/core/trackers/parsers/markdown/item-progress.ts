import type { TrackedItem } from '../../../model/tracked-item.js';
import type { Outline } from './outline.js';
import type { PlanContext } from './plan-context.js';

interface Tally {
  done: number;
  total: number;
}

/**
 * Sets each item's `progress` from what sits under it: its task-list children (dropped ones left out) and its
 * status-emoji bullets (`- ✅ Table créée`, `- 🔄 Tests`). When it has an acceptance-criteria list, that list alone
 * counts, every criterion in it, marked or not. `taskKeys[i]` is the key of the item task `i` is or refers to.
 */
export function applyProgress(
  items: readonly TrackedItem[],
  outline: Outline,
  context: PlanContext,
  taskKeys: ReadonlyMap<number, string>,
): void {
  const plain = new Map<string, Tally>();
  const criteria = new Map<string, Tally>();
  const count = (tallies: Map<string, Tally>, key: string | null, done: boolean): void => {
    if (key === null) return;
    const tally = tallies.get(key) ?? { done: 0, total: 0 };
    tally.total++;
    if (done) tally.done++;
    tallies.set(key, tally);
  };
  for (const item of items) {
    if (item.parent !== null && item.status !== 'dropped') count(plain, item.parent, item.status === 'done');
  }
  for (const bullet of outline.bullets) {
    const owner =
      bullet.task === null ? context.nearestItem(bullet.section) : (taskKeys.get(bullet.task) ?? null);
    if (bullet.criteria) count(criteria, owner, bullet.status === 'done');
    else if (bullet.status !== null) count(plain, owner, bullet.status === 'done');
  }
  for (const item of items) {
    const tally = criteria.get(item.key) ?? plain.get(item.key);
    item.progress = tally ? { done: tally.done, total: tally.total } : null;
  }
}
