import type { Comment } from '../comment.js';
import { lineIndex } from './line-index.js';
import type { RawComment } from './raw-comment.js';

/** The 0-based line holding `offset`: the last line starting at or before it. */
function lineOf(starts: number[], offset: number, from: number): number {
  let lo = from;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function hasCodeBefore(text: string, lineStart: number, offset: number): boolean {
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) return true;
  }
  return false;
}

/** Strips the ` * ` decoration of an inner line of a `/* … *\/` block: the indentation and one `*`. */
function undecorate(line: string): string {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
  return line.charCodeAt(i) === 0x2a ? line.slice(i + 1) : line;
}

function trimStars(line: string, first: boolean, last: boolean): string {
  let a = 0;
  let b = line.length;
  if (first) while (a < b && line.charCodeAt(a) === 0x2a) a++;
  if (last) while (b > a && line.charCodeAt(b - 1) === 0x2a) b--;
  return a === 0 && b === line.length ? line : line.slice(a, b);
}

/**
 * Turns raw comments into `Comment`s: one entry per physical line, markers off, the ` * ` decoration of block
 * comment lines off (the text after the `*` is kept, usually with its leading space). Whole-line line comments on
 * adjacent lines merge into one; a trailing comment stays alone.
 */
export function buildComments(text: string, raws: RawComment[]): Comment[] {
  if (raws.length === 0) return [];
  raws.sort((a, b) => a.start - b.start);
  const { starts, ends } = lineIndex(text);
  const out: Comment[] = [];
  let cursor = 0;
  let previous: Comment | null = null;
  for (const raw of raws) {
    const first = lineOf(starts, raw.contentStart, cursor);
    const last = lineOf(starts, raw.contentEnd, first);
    cursor = first;
    const trailing = hasCodeBefore(text, starts[first] as number, raw.start);
    const lines: string[] = [];
    for (let l = first; l <= last; l++) {
      const from = Math.max(raw.contentStart, starts[l] as number);
      const to = Math.min(raw.contentEnd, ends[l] as number);
      let line = to > from ? text.slice(from, to) : '';
      if (raw.star) {
        if (l > first) line = undecorate(line);
        line = trimStars(line, l === first, l === last);
      }
      lines.push(line);
    }
    if (
      raw.kind === 'line' &&
      !trailing &&
      previous !== null &&
      previous.kind === 'line' &&
      !previous.trailing &&
      previous.line + previous.lines.length === first + 1 &&
      lines.length === 1
    ) {
      previous.lines.push(lines[0] as string);
      continue;
    }
    previous = { line: first + 1, lines, kind: raw.kind, trailing };
    out.push(previous);
  }
  return out;
}
