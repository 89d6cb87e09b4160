import type { PhrasingContent } from 'mdast';
import { readHeading } from './read-heading.js';
import { textRuns } from './text-runs.js';

/**
 * Whether a heading's title is struck through (`### 2.4 ~~Profilage mémoire~~`): some of it is, and what is not
 * struck is only its number and status marker.
 */
export function isStruckHeading(nodes: readonly PhrasingContent[]): boolean {
  const runs = textRuns(nodes);
  if (!runs.some((run) => run.struck && run.text.trim() !== '')) return false;
  const rest = readHeading(
    runs
      .filter((run) => !run.struck)
      .map((run) => run.text)
      .join('')
      .trim(),
  );
  const title = rest.title.replace(/^[^\p{L}\p{N}#]*#?\d{1,3}(?:\.\d{1,3})*[.):\s–—-]*/u, '');
  return !/[\p{L}\p{N}]/u.test(title);
}
