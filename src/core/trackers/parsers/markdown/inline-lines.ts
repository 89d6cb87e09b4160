import type { PhrasingContent } from 'mdast';
import { textRuns } from './text-runs.js';

/**
 * Inline markdown as plain text, one entry per source line (soft and hard line breaks both end a line), each with
 * its whitespace collapsed. `**Priorité:** 🔴 CRITIQUE␠␠⏎**Effort:** 1 jour` is one paragraph of two lines.
 */
export function inlineLines(nodes: readonly PhrasingContent[]): string[] {
  return textRuns(nodes)
    .map((run) => run.text)
    .join('')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim());
}
