import type { PhrasingContent } from 'mdast';
import { textRuns } from './text-runs.js';

/**
 * Whether a GFM strikethrough covers all the visible text of inline markdown (and there is some). A partly struck
 * title (`~~Failover~~ (out of scope)`) is not struck through: only the whole of it says "dropped".
 */
export function isStruckThrough(nodes: readonly PhrasingContent[]): boolean {
  const visible = textRuns(nodes).filter((run) => run.text.trim() !== '');
  return visible.length > 0 && visible.every((run) => run.struck);
}
