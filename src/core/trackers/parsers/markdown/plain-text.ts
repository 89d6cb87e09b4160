import type { PhrasingContent } from 'mdast';
import { textRuns } from './text-runs.js';

/**
 * Inline markdown as one line of plain text: formatting dropped (code, emphasis and links read as their text),
 * runs of whitespace and line breaks collapsed to one space, trimmed.
 */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return textRuns(nodes)
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
