import type { TrackerReport } from '../../model/tracked-item.js';
import { stripBom } from '../../text/strip-bom.js';
import type { TextTrackerParser } from '../tracker-parser.js';
import { collectTaskItems } from './markdown/collect-task-items.js';
import { parseMarkdown } from './markdown/parse-markdown.js';

// `\s` also matches a byte-order mark, so a head that kept its BOM is judged by what follows it.
/** A JSON object, or an array of objects: an issue export, never a checklist. */
const JSON_START = /^\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:\{|\]|$))/;
/**
 * An XML declaration. Other documents starting with `<` are read as markdown: READMEs and checklists often open
 * with an HTML comment, `<details>`, `<p align="center">` or an `<img>` badge.
 */
const XML_START = /^\s*<\?xml/i;

/**
 * Markdown checklists: every GFM task-list item (`- [ ]`, `* [x]`, `1. [X]`…) at any depth, with its section
 * (enclosing headings) and parent item. Checked is done, unchecked is todo, wholly struck through is dropped.
 * Takes any text that is not JSON or XML, so it must come last in the registry.
 */
export const markdownTasksParser: TextTrackerParser = {
  kind: 'text',
  format: 'markdown',

  detect(head: string): boolean {
    return !JSON_START.test(head) && !XML_START.test(head);
  },

  parse(text: string, source: string): TrackerReport {
    const items = collectTaskItems(parseMarkdown(stripBom(text), source), source);
    const warnings = items
      .filter((item) => item.title === '')
      .map((item) => `${source}:${item.source.line}: task-list item without text`);
    if (items.length === 0) warnings.push(`${source}: no task-list items found`);
    return { source, format: 'markdown', items, warnings };
  },
};
