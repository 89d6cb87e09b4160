import { InputError } from '../errors/input-error.js';
import type { TrackerReport } from '../model/tracked-item.js';
import { stripBom } from '../text/strip-bom.js';
import { markdownTasksParser } from './parsers/markdown-tasks-parser.js';
import type { TrackerParser } from './tracker-parser.js';

/** Every supported tracker format, most specific first (markdown accepts any text, so it comes last). */
const PARSERS: readonly TrackerParser[] = [markdownTasksParser];

/** Exports recognized by content but not read yet: refused with their name. */
const RECOGNIZED_UNSUPPORTED: readonly { name: string; test: (head: string, text: string) => boolean }[] = [
  { name: 'JSON issue exports (GitHub, Jira, GitLab)', test: (_head, text) => isJsonDocument(text) },
  {
    name: 'CSV issue exports (Jira, Linear)',
    // A header row: several comma-separated cells, one of them a known column name on its own.
    test: (h) => {
      const header = h.split(/\r?\n/, 1)[0] ?? '';
      return (
        (header.match(/,/g) ?? []).length >= 2 &&
        /(^|,)\s*"?(Issue key|Issue Type|Summary|Title|Status)"?\s*(,|$)/i.test(header)
      );
    },
  },
];

const HEAD_LENGTH = 8192;

/**
 * Whether a text is JSON or NDJSON (one JSON object per line). Markdown may also start with `[` or `{`
 * (`[![badge](…)]`, `[[_TOC_]]`, `{% raw %}`), so this parses instead of looking at the first character.
 */
function isJsonDocument(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
    try {
      return typeof JSON.parse(firstLine) === 'object';
    } catch {
      return false;
    }
  }
}

/**
 * Parses one tracker file, detecting its format from its content.
 * Throws `InputError` for an empty file or a format that is not supported yet.
 */
export function parseTracker(text: string, source: string): TrackerReport {
  const content = stripBom(text);
  if (content.trim() === '')
    throw new InputError(source, 'empty file: expected a tracker (markdown checklist)');
  const head = content.slice(0, HEAD_LENGTH);
  const known = RECOGNIZED_UNSUPPORTED.find((candidate) => candidate.test(head, content));
  if (known)
    throw new InputError(source, `${known.name} are not supported yet (supported: markdown task lists)`);
  const parser = PARSERS.find((candidate) => candidate.detect(head));
  if (!parser) throw new InputError(source, 'unknown tracker format: expected a markdown checklist');
  return parser.parse(content, source);
}
