import {
  atWordStart,
  blanksBefore,
  inSet,
  isBlank,
  isIdentChar,
  isLineBreak,
  lineEnd,
} from './char-class.js';
import { scanCode } from './scan-code.js';
import type { ScanState } from './scan-state.js';

const BACKSLASH = 0x5c;
const APOS = 0x27;
const DQUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Python's string prefix letters: r, b, f, u, t (either case). */
function isPrefixLetter(c: number): boolean {
  const l = c | 0x20;
  return l === 0x72 || l === 0x62 || l === 0x66 || l === 0x75 || l === 0x74;
}

/**
 * Where the docstring whose quotes start at `quote` begins (its prefix), or -1 when the triple-quoted string is
 * not a statement of its own: something precedes it on its line, it is inside brackets, or the line before ends
 * with a `\` continuation.
 */
function docstringStart(s: ScanState, quote: number): number {
  const text = s.text;
  let i = quote;
  while (i > 0 && quote - i < 2 && isPrefixLetter(text.charCodeAt(i - 1))) i--;
  const start = i;
  if (s.brackets > 0 || !blanksBefore(text, start)) return -1;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === 0) return start;
  let j = i - 1;
  if (text.charCodeAt(j) === LF && text.charCodeAt(j - 1) === CR) j--;
  return text.charCodeAt(j - 1) === BACKSLASH ? -1 : start;
}

/** A character literal `'a'`, `'\n'`, `'\u{1F600}'` at `pos`: its end, or -1 when `'` is code (`'a`, `x'`). */
function charLiteralEnd(text: string, pos: number, end: number): number {
  if (pos > 0 && isIdentChar(text.charCodeAt(pos - 1))) return -1;
  const n = text.charCodeAt(pos + 1);
  if (n === BACKSLASH) {
    for (let i = pos + 3; i < end && i < pos + 14; i++) {
      const c = text.charCodeAt(i);
      if (c === APOS) return i + 1;
      if (isLineBreak(c)) return -1;
    }
    return -1;
  }
  if (n === APOS || isLineBreak(n) || pos + 1 >= end) return -1;
  const width = n >= 0xd800 && n <= 0xdbff ? 2 : 1;
  return text.charCodeAt(pos + 1 + width) === APOS ? pos + 2 + width : -1;
}

/**
 * Scans a string body from `from` up to its closing quote `q` (three of them when `triple`); returns the offset
 * after it, or where an unclosed single-line string ends. Interpolations are scanned as code.
 */
function scanQuoted(
  s: ScanState,
  from: number,
  q: number,
  escape: number,
  multiline: boolean,
  triple: boolean,
  interpolated: boolean,
): number {
  const { text, end } = s;
  const openers = interpolated ? (s.x.syntax.interpolations ?? []) : [];
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === q) {
      // Without an escape character, a doubled quote is one quote: SQL and YAML `'it''s'`.
      if (!triple && escape === -1 && text.charCodeAt(i + 1) === q) {
        i += 2;
        continue;
      }
      if (!triple) return i + 1;
      if (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) {
        i += 3;
        while (i < end && text.charCodeAt(i) === q) i++;
        return i;
      }
      i++;
      continue;
    }
    if (openers.length > 0) {
      let matched = false;
      for (const o of openers) {
        if (o.charCodeAt(0) === c && text.startsWith(o, i)) {
          const last = o.charCodeAt(o.length - 1);
          s.pos = i + o.length;
          scanCode(s, last === 0x28 ? 0x29 : 0x7d);
          i = s.pos;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    if (c === escape) {
      i += text.charCodeAt(i + 1) === CR && text.charCodeAt(i + 2) === LF ? 3 : 2;
      continue;
    }
    if ((c === LF || c === CR) && !multiline && !triple) return i;
    i++;
  }
  return end;
}

function cppRawStringEnd(text: string, pos: number, end: number): number {
  // R"delim( … )delim": the delimiter is at most 16 characters, no blanks, parentheses or backslashes.
  if (text.charCodeAt(pos + 1) !== DQUOTE) return -1;
  const open = text.indexOf('(', pos + 2);
  if (open === -1 || open - pos - 2 > 16) return -1;
  for (let i = pos + 2; i < open; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === BACKSLASH || c === 0x29 || isLineBreak(c) || c === DQUOTE) return -1;
  }
  const close = `)${text.slice(pos + 2, open)}"`;
  const k = text.indexOf(close, open + 1);
  return k === -1 || k >= end ? end : k + close.length;
}

/** If a string starts at `s.pos` (character `c`), skips it (or records it as a docstring) and returns true. */
export function scanString(s: ScanState, c: number): boolean {
  const { text, end, x } = s;
  const syntax = x.syntax;
  const pos = s.pos;
  for (const f of x.fencedStrings) {
    if (f.open.charCodeAt(0) !== c || !text.startsWith(f.open, pos)) continue;
    if (f.close === '\n') {
      s.pos = lineEnd(text, pos, end);
    } else {
      const k = text.indexOf(f.close, pos + f.open.length);
      s.pos = k === -1 || k >= end ? end : k + f.close.length;
    }
    return true;
  }
  if (c === 0x52 && syntax.cppRawStrings) {
    const e = cppRawStringEnd(text, pos, end);
    if (e >= 0) {
      s.pos = e;
      return true;
    }
  }
  if (!inSet(syntax.quotes, c)) return false;
  const prev = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  if (c === APOS) {
    if (syntax.charLiterals) {
      const e = charLiteralEnd(text, pos, end);
      if (e < 0) return false;
      s.pos = e;
      return true;
    }
    // MATLAB: after an operand (`a'`, `x(1)'`, `b.'`) the quote transposes.
    if (
      syntax.transposeQuote &&
      (isIdentChar(prev) || prev === 0x29 || prev === 0x5d || prev === 0x7d || prev === APOS || prev === 0x2e)
    ) {
      return false;
    }
  }
  if (syntax.quotesAtWordStart && !atWordStart(text, pos) && prev !== 0x7b) return false;
  const ansiC = c === APOS && syntax.ansiCQuotes === true && prev === 0x24;
  const escape =
    inSet(syntax.rawQuotes, c) && !ansiC
      ? -1
      : syntax.stringEscape
        ? syntax.stringEscape.charCodeAt(0)
        : BACKSLASH;
  const interpolated = inSet(syntax.interpolatedQuotes, c);
  if (syntax.tripleQuotes && text.charCodeAt(pos + 1) === c && text.charCodeAt(pos + 2) === c) {
    const docStart = syntax.docstrings ? docstringStart(s, pos) : -1;
    const after = scanQuoted(s, pos + 3, c, escape, true, true, interpolated);
    s.pos = after;
    if (docStart >= 0) {
      const closed =
        after - 3 >= pos + 3 &&
        text.charCodeAt(after - 1) === c &&
        text.charCodeAt(after - 2) === c &&
        text.charCodeAt(after - 3) === c;
      s.comments.push({
        start: docStart,
        contentStart: pos + 3,
        contentEnd: closed ? after - 3 : after,
        end: after,
        kind: 'docstring',
        star: false,
      });
    }
    return true;
  }
  s.pos = scanQuoted(s, pos + 1, c, escape, inSet(syntax.multilineQuotes, c), false, interpolated);
  return true;
}
