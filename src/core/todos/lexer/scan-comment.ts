import {
  atWordStart,
  blanksBefore,
  inSet,
  isIdentChar,
  isLineBreak,
  startsWithIgnoreCase,
} from './char-class.js';
import type { ScanState } from './scan-state.js';

const SLASH = 0x2f;
const BANG = 0x21;
const DASH = 0x2d;
const STAR = 0x2a;

/** `--[[` / `--[==[`: the number of `=` of the long bracket opening at `pos` (`[`), or -1. */
export function longBracketLevel(text: string, pos: number): number {
  if (text.charCodeAt(pos) !== 0x5b) return -1;
  let i = pos + 1;
  while (text.charCodeAt(i) === 0x3d) i++;
  return text.charCodeAt(i) === 0x5b ? i - pos - 1 : -1;
}

function push(
  s: ScanState,
  start: number,
  contentStart: number,
  contentEnd: number,
  end: number,
  kind: 'line' | 'block',
  star: boolean,
): void {
  s.comments.push({ start, contentStart, contentEnd, end, kind, star });
}

function lineComment(s: ScanState, start: number, marker: string): void {
  const { text, end } = s;
  let cs = start + marker.length;
  // `///`, `##`, `;;;`, `--- `: the repeated marker character is part of the marker.
  const last = marker.charCodeAt(marker.length - 1);
  if (!isIdentChar(last)) while (cs < end && text.charCodeAt(cs) === last) cs++;
  if (last === SLASH && text.charCodeAt(cs) === BANG) cs++;
  let e = cs;
  const stop = s.stop;
  while (e < end) {
    const c = text.charCodeAt(e);
    if (c === 0x0a || c === 0x0d) break;
    if (stop !== null && c === stop.charCodeAt(0) && text.startsWith(stop, e)) break;
    e++;
  }
  push(s, start, cs, e, e, 'line', false);
  s.pos = e;
}

function findClose(s: ScanState, from: number, close: string, lineStart: boolean): number {
  let k = s.text.indexOf(close, from);
  while (lineStart && k !== -1 && !blanksBefore(s.text, k)) k = s.text.indexOf(close, k + 1);
  return k === -1 || k + close.length > s.end ? -1 : k;
}

function findNestedClose(s: ScanState, from: number, open: string, close: string): number {
  const { text, end } = s;
  const o = open.charCodeAt(0);
  const c = close.charCodeAt(0);
  let depth = 1;
  let i = from;
  while (i < end) {
    const ch = text.charCodeAt(i);
    if (ch === c && text.startsWith(close, i)) {
      if (--depth === 0) return i;
      i += close.length;
    } else if (ch === o && text.startsWith(open, i)) {
      depth++;
      i += open.length;
    } else i++;
  }
  return -1;
}

function blockComment(
  s: ScanState,
  start: number,
  open: string,
  close: string,
  nested: boolean,
  lineStart: boolean,
): void {
  const cs = start + open.length;
  const k = nested ? findNestedClose(s, cs, open, close) : findClose(s, cs, close, lineStart);
  const ce = k === -1 ? s.end : k;
  s.pos = k === -1 ? s.end : k + close.length;
  push(s, start, cs, ce, s.pos, 'block', open.charCodeAt(open.length - 1) === STAR);
}

/** If a comment starts at `s.pos` (whose character is `c`), records it, moves past it and returns true. */
export function scanComment(s: ScanState, c: number): boolean {
  const { text, x } = s;
  const pos = s.pos;
  const syntax = x.syntax;
  for (const b of x.blockComments) {
    if (b.open.charCodeAt(0) !== c || !text.startsWith(b.open, pos)) continue;
    if (b.lineStart && !blanksBefore(text, pos)) continue;
    blockComment(s, pos, b.open, b.close, b.nested === true, b.lineStart === true);
    return true;
  }
  if (syntax.longBrackets && c === DASH && text.charCodeAt(pos + 1) === DASH) {
    const level = longBracketLevel(text, pos + 2);
    if (level >= 0) {
      blockComment(s, pos, text.slice(pos, pos + level + 4), `]${'='.repeat(level)}]`, false, false);
      return true;
    }
  }
  for (const m of x.lineComments) {
    if (m.charCodeAt(0) !== c || !text.startsWith(m, pos)) continue;
    if (syntax.commentsAtWordStart && !atWordStart(text, pos)) continue;
    if (pos > 0 && inSet(syntax.commentNotAfter, text.charCodeAt(pos - 1))) continue;
    lineComment(s, pos, m);
    return true;
  }
  for (const m of syntax.lineStartComments ?? []) {
    if (m.charCodeAt(0) === c && text.startsWith(m, pos) && blanksBefore(text, pos)) {
      lineComment(s, pos, m);
      return true;
    }
  }
  for (const m of syntax.column1Comments ?? []) {
    if (
      m.charCodeAt(0) === c &&
      text.startsWith(m, pos) &&
      (pos === 0 || isLineBreak(text.charCodeAt(pos - 1)))
    ) {
      lineComment(s, pos, m);
      return true;
    }
  }
  for (const w of syntax.wordComments ?? []) {
    const word = w.toLowerCase();
    if (
      (c | 0x20) === word.charCodeAt(0) &&
      blanksBefore(text, pos) &&
      startsWithIgnoreCase(text, word, pos) &&
      !isIdentChar(text.charCodeAt(pos + word.length))
    ) {
      lineComment(s, pos, text.slice(pos, pos + word.length));
      return true;
    }
  }
  return false;
}

/** Skips a Lua long string `[==[ … ]==]` at `s.pos` if there is one. */
export function scanLongString(s: ScanState): boolean {
  const level = longBracketLevel(s.text, s.pos);
  if (level < 0) return false;
  const k = s.text.indexOf(`]${'='.repeat(level)}]`, s.pos + level + 2);
  s.pos = k === -1 || k >= s.end ? s.end : k + level + 2;
  return true;
}
