import type { TrackerReport } from '../../model/tracked-item.js';
import { repairMojibake } from '../../text/repair-mojibake.js';
import { stripBom } from '../../text/strip-bom.js';
import type { TextTrackerParser } from '../tracker-parser.js';
import { buildPlanItems } from './markdown/build-plan-items.js';
import { parseMarkdown } from './markdown/parse-markdown.js';
import { scanOutline } from './markdown/scan-outline.js';

// `\s` also matches a byte-order mark, so a head that kept its BOM is judged by what follows it.
/** A JSON object, or an array of objects: an issue export, never a checklist. */
const JSON_START = /^\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:\{|\]|$))/;
/**
 * An XML declaration. Other documents starting with `<` are read as markdown: READMEs and checklists often open
 * with an HTML comment, `<details>`, `<p align="center">` or an `<img>` badge.
 */
const XML_START = /^\s*<\?xml/i;

/**
 * Markdown checklists and plans. Items are every GFM task-list item (`- [ ]`, `* [x]`, `1. [X]`…) at any depth,
 * every heading that carries a status or priority (`### ✅ 5. …` with `**STATUS:** ✅ IMPLÉMENTÉ`, `### 1.1 …` with
 * `**Priorité:** 🔴 CRITIQUE`), and the rows of tracker tables. Text mis-decoded as Windows-1252 or Mac Roman is
 * repaired first, and the repair reported. Takes any text that is not JSON or XML, so it must come last in the
 * registry.
 */
export const markdownTasksParser: TextTrackerParser = {
  kind: 'text',
  format: 'markdown',

  detect(head: string): boolean {
    return !JSON_START.test(head) && !XML_START.test(head);
  },

  parse(text: string, source: string): TrackerReport {
    const repair = repairMojibake(stripBom(text));
    const warnings: string[] = [];
    if (repair.charset !== null) {
      const lost = repair.lost === 0 ? '' : `; ${repair.lost} could not be recovered and read as U+FFFD`;
      warnings.push(
        `${source}: text repaired: UTF-8 that had been read as ${repair.charset} (${repair.restored} characters restored${lost})`,
      );
    }
    // NFC keeps line breaks where they are, so item lines still point into the file as written.
    const tree = parseMarkdown(repair.text.normalize('NFC'), source);
    const plan = buildPlanItems(scanOutline(tree), source);
    warnings.push(...plan.warnings);
    if (plan.items.length === 0) warnings.push(`${source}: no task-list items or status headings found`);
    return { source, format: 'markdown', items: plan.items, warnings };
  },
};
