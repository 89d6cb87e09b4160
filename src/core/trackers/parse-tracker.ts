import { InputError } from '../errors/input-error.js';
import type { TrackerReport } from '../model/tracked-item.js';
import { parseJson } from '../text/parse-json.js';
import { stripBom } from '../text/strip-bom.js';
import { DEFAULT_LABEL_CONVENTIONS } from './labels/label-conventions.js';
import { githubGhJsonParser } from './parsers/github-gh-json-parser.js';
import { githubRestJsonParser } from './parsers/github-rest-json-parser.js';
import { gitlabJsonParser } from './parsers/gitlab-json-parser.js';
import { gitlabNdjsonParser } from './parsers/gitlab-ndjson-parser.js';
import { jiraCsvParser } from './parsers/jira-csv-parser.js';
import { jiraJsonParser } from './parsers/jira-json-parser.js';
import { linearCsvParser } from './parsers/linear-csv-parser.js';
import { markdownTasksParser } from './parsers/markdown-tasks-parser.js';
import { readCsv } from './read-csv.js';
import type {
  CsvTrackerParser,
  JsonTrackerParser,
  TextTrackerParser,
  TrackerOptions,
} from './tracker-parser.js';

/** JSON exports, most specific first. */
const JSON_PARSERS: readonly JsonTrackerParser[] = [
  githubRestJsonParser,
  githubGhJsonParser,
  jiraJsonParser,
  gitlabNdjsonParser,
  gitlabJsonParser,
];
/** CSV exports, most specific first. */
const CSV_PARSERS: readonly CsvTrackerParser[] = [jiraCsvParser, linearCsvParser];
/** Text formats; markdown accepts any text that is not JSON or XML, so it comes last. */
const TEXT_PARSERS: readonly TextTrackerParser[] = [markdownTasksParser];

const SUPPORTED =
  'a markdown checklist, a GitHub (gh or REST), Jira (CSV or JSON), GitLab (JSON or NDJSON) or Linear (CSV) export';

const HEAD_LENGTH = 8192;

/** The parsed document of a JSON or NDJSON file, or `null` when the text is neither. */
function jsonDocument(text: string, source: string): { document: unknown; ndjson: boolean } | null {
  if (!/^\s*[[{]/.test(text)) return null;
  try {
    return { document: JSON.parse(text), ndjson: false };
  } catch {
    // NDJSON: one JSON value per line (GitLab's project export).
    const lines = text.split(/\r?\n/);
    const first = lines.find((line) => line.trim() !== '') ?? '';
    try {
      if (typeof JSON.parse(first) !== 'object') return null;
    } catch {
      // Markdown may start with `[` or `{` too (`[![badge](…)]`, `{% raw %}`): only a JSON-looking start is an error.
      if (/^\s*(\{\s*"|\[\s*[{[\]])/.test(text)) parseJson(text, source); // throws the located JSON error
      return null;
    }
    const values = lines.flatMap((line, index) =>
      line.trim() === '' ? [] : [parseJson(line, `${source}:${index + 1}`)],
    );
    return { document: values, ndjson: true };
  }
}

/** A CSV header: several comma- or semicolon-separated cells, one of them a known issue column. */
function looksLikeCsv(head: string): boolean {
  const header = head.split(/\r?\n/, 1)[0] ?? '';
  return (
    /[,;].*[,;]/.test(header) &&
    /(^|[,;])\s*"?(Issue key|Issue id|Issue Type|Summary|Title|Status|Priority|ID)"?\s*([,;]|$)/i.test(header)
  );
}

/**
 * Parses one tracker file, detecting its format from its content: a JSON or NDJSON export, a CSV export, or a
 * markdown checklist. Throws `InputError` for an empty file or an export of an unknown shape.
 */
export function parseTracker(
  text: string,
  source: string,
  options: TrackerOptions = { labels: DEFAULT_LABEL_CONVENTIONS },
): TrackerReport {
  const content = stripBom(text);
  if (content.trim() === '') throw new InputError(source, `empty file: expected ${SUPPORTED}`);
  const json = jsonDocument(content, source);
  if (json) {
    const parser = JSON_PARSERS.find((candidate) => candidate.detect(json.document, json.ndjson));
    if (!parser) throw new InputError(source, `unknown JSON issue export: expected ${SUPPORTED}`);
    return parser.parse(json.document, source, options);
  }
  const head = content.slice(0, HEAD_LENGTH);
  if (looksLikeCsv(head)) {
    const table = readCsv(content, source);
    const parser = CSV_PARSERS.find((candidate) => candidate.detect(table.header));
    if (!parser) throw new InputError(source, `unknown CSV issue export: expected ${SUPPORTED}`);
    return parser.parse(table.header, table.rows, table.lines, source, options);
  }
  const parser = TEXT_PARSERS.find((candidate) => candidate.detect(head));
  if (!parser) throw new InputError(source, `unknown tracker format: expected ${SUPPORTED}`);
  return parser.parse(content, source, options);
}
