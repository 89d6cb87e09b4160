import { isJsonObject } from '../../../text/is-json-object.js';

/** The issue objects of a REST dump, and what the dump says about itself. */
export interface RestIssueRecords {
  records: unknown[];
  warnings: string[];
}

/**
 * Unwraps the ways REST issues are dumped: a page (`gh api repos/o/r/issues`), pages slurped into an array of
 * arrays (`gh api --paginate --slurp`), one issue per line (`gh api --paginate --jq '.[]'`, read as NDJSON), or
 * search results (`gh api search/issues?q=…`: `{total_count, incomplete_results, items}`), or a single issue.
 * `null` for any other shape.
 */
export function restIssueRecords(document: unknown, source: string): RestIssueRecords | null {
  if (Array.isArray(document)) {
    const slurped = document.length > 0 && document.every(Array.isArray);
    return { records: slurped ? (document as unknown[][]).flat() : document, warnings: [] };
  }
  if (!isJsonObject(document)) return null;
  // One issue, as `gh api repos/o/r/issues/12` writes it.
  if (typeof document.number === 'number') return { records: [document], warnings: [] };
  if (!Array.isArray(document.items) || typeof document.total_count !== 'number') return null;
  const warnings: string[] = [];
  if (document.incomplete_results === true)
    warnings.push(
      `${source}: GitHub marked these search results incomplete (the search timed out): issues may be missing`,
    );
  if (document.total_count > document.items.length)
    warnings.push(
      `${source}: holds ${document.items.length} of the ${document.total_count} results the search found: the other pages were not fetched`,
    );
  return { records: document.items, warnings };
}
