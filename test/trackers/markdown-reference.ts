import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { expect } from 'vitest';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';

/**
 * Independent readings of markdown trackers for the corpus and seed tests: line-by-line regular expressions that
 * share no code with the parser, so a test compares two readings rather than the parser with itself.
 */

/** Real files from public projects and the seed documents, kept outside the project; never copied in. */
export const shared = new URL('../../../shared/', import.meta.url);

export function filesIn(folder: URL, sub: string, pattern: RegExp): string[] {
  const url = new URL(`${sub}/`, folder);
  if (!existsSync(url)) return [];
  return readdirSync(url)
    .filter((name) => pattern.test(name) && statSync(new URL(name, url)).isFile())
    .sort()
    .map((name) => `${sub}/${name}`.replace(/^\.\//, ''));
}

export const read = (folder: URL, path: string): string => readFileSync(new URL(path, folder), 'utf8');

/** The lines of a text outside fenced code and HTML comments, with their 1-based numbers. */
export function proseLines(text: string): { line: number; content: string }[] {
  const lines: { line: number; content: string }[] = [];
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  text.split(/\r\n|\r|\n/).forEach((content, index) => {
    const fenceMark = /^[ \t>]*(`{3,}|~{3,})/.exec(content)?.[1];
    if (fence) {
      const closes =
        fenceMark?.[0] === fence.char &&
        fenceMark.length >= fence.length &&
        /^[ \t>]*[`~]+[ \t]*$/.test(content);
      if (closes) fence = null;
      return;
    }
    if (inComment) {
      inComment = !content.includes('-->');
      return;
    }
    if (fenceMark) {
      fence = { char: fenceMark[0] ?? '', length: fenceMark.length };
      return;
    }
    if (/<!--(?!.*-->)/.test(content)) inComment = true;
    lines.push({ line: index + 1, content });
  });
  return lines;
}

/** A task item as the reference reads it: its line, the status its box and strikethrough give, its text. */
export interface ReferenceTask {
  line: number;
  status: 'todo' | 'done' | 'dropped';
  text: string;
}

/**
 * Task items: a list marker (after any indentation and `>` quote markers), a `[ ]`, `[x]` or `[X]` box (and `[]`
 * when `emptyBox`), whitespace, then text. A text wholly between `~~` is dropped.
 */
export function referenceTasks(text: string, emptyBox = false): ReferenceTask[] {
  const box = emptyBox
    ? /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX]?)\][ \t]+(\S.*)$/
    : /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]+(\S.*)$/;
  return proseLines(text).flatMap(({ line, content }) => {
    const task = box.exec(content);
    if (!task) return [];
    const rest = task[2]?.trim() ?? '';
    const struck = /^~~[^~].*~~$/.test(rest);
    return [
      { line, status: struck ? 'dropped' : task[1] === 'x' || task[1] === 'X' ? 'done' : 'todo', text: rest },
    ];
  });
}

/** A heading followed, before the next heading, by a bold `Status:`/`Statut:`/`Priority:`/`Priorité:` line. */
export interface ReferenceHeading {
  line: number;
  heading: string;
  /** The first status line's value, or `null`. */
  status: string | null;
  /** The first priority line's value, or `null`. */
  priority: string | null;
  /** Lines of its section, up to the next heading. */
  body: { line: number; content: string }[];
}

const FIELD = /^\s*\*\*\s*(Priorit\S*|Statut|Status)\s*(?:\*\*\s*:|:\s*\*\*)\s*(.*)$/i;

/** Every heading and its section; `fields` keeps only headings with a status or priority line. */
export function referenceHeadings(text: string, fieldsOnly = true): ReferenceHeading[] {
  const headings: ReferenceHeading[] = [];
  for (const { line, content } of proseLines(text)) {
    const heading = /^#{1,6}[ \t]+(.*)$/.exec(content);
    if (heading) {
      headings.push({ line, heading: heading[1] ?? '', status: null, priority: null, body: [] });
      continue;
    }
    const current = headings.at(-1);
    if (!current) continue;
    current.body.push({ line, content });
    const field = FIELD.exec(content);
    if (!field) continue;
    const value = field[2] ?? '';
    if (/^priorit/i.test(field[1] ?? '')) current.priority ??= value;
    else current.status ??= value;
  }
  return fieldsOnly ? headings.filter((h) => h.status !== null || h.priority !== null) : headings;
}

/** Every field of every item is set: no `undefined`, no `NaN`, no "nan" text. */
export function expectWellFormed(report: TrackerReport): void {
  const keys: (keyof TrackedItem)[] = [
    'key',
    'title',
    'url',
    'state',
    'status',
    'priority',
    'severity',
    'labels',
    'module',
    'assignees',
    'due',
    'created',
    'parent',
    'body',
    'stateReason',
    'progress',
    'rawPriority',
    'blocking',
    'updated',
    'section',
    'source',
  ];
  for (const item of report.items) {
    expect(Object.keys(item).sort()).toEqual([...keys].sort());
    for (const value of Object.values(item)) {
      expect(value).not.toBeUndefined();
      expect(typeof value === 'number' && !Number.isFinite(value)).toBe(false);
      expect(typeof value === 'string' && /^nan$/i.test(value.trim())).toBe(false);
    }
    expect(item.title).not.toBe('');
    expect(item.title).not.toMatch(/\[[ xX]?\]|\s{2}|^\s|\s$/);
    if (item.due !== null) expect(item.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (item.progress !== null) expect(item.progress.done).toBeLessThanOrEqual(item.progress.total);
    expect(item.state).toBe(item.status === 'done' || item.status === 'dropped' ? 'closed' : 'open');
  }
  for (const warning of report.warnings)
    expect(warning).toMatch(new RegExp(`^${report.source.replace(/[.]/g, '\\.')}(:\\d+)?: `));
}

/** Counts of a list of values, as a plain object (`{ done: 11, partial: 1 }`). */
export function tally(values: readonly (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}

/**
 * Reads back UTF-8 text that was decoded as a single-byte code page (`macintosh`, `windows-1252`), with the
 * platform's decoder tables (not gonogo's): every character the code page has becomes its byte again.
 */
export function undoMojibake(text: string, label: string): string {
  const high = new TextDecoder(label).decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
  const bytes = new Map([...high].map((char, i) => [char, 0x80 + i]));
  const out: number[] = [];
  for (const char of text) {
    const byte = bytes.get(char);
    if (byte !== undefined) out.push(byte);
    else out.push(...new TextEncoder().encode(char));
  }
  return new TextDecoder('utf-8').decode(Uint8Array.from(out));
}
