import type { CommentSyntax } from '../languages/comment-syntax.js';
import { isIdentChar, startsWithIgnoreCase } from './char-class.js';
import { compileSyntax } from './compile-syntax.js';
import { scanCode } from './scan-code.js';
import type { ScanState } from './scan-state.js';

const LT = 0x3c;

/** Scans `[from, end)` of the same text as code of `syntax`, into the same comment list; returns where it stopped. */
function scanRegion(
  s: ScanState,
  syntax: CommentSyntax,
  from: number,
  end: number,
  stop: string | null,
): number {
  const sub: ScanState = {
    text: s.text,
    x: compileSyntax(syntax),
    end,
    stop,
    comments: s.comments,
    pos: from,
    depth: s.depth,
    brackets: 0,
    heredocs: null,
    jsxGaveUp: false,
  };
  scanCode(sub, -1);
  return sub.pos;
}

/** The end of the start tag whose name ends at `i`: the offset after its `>`, skipping quoted attribute values. */
function tagEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x22 || c === 0x27) {
      const k = text.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (k === -1) return end;
      i = k + 1;
      continue;
    }
    i++;
  }
  return end;
}

/** Where `</name` (any case) next starts at or after `from`, or `end`. */
function closingTag(text: string, name: string, from: number, end: number): number {
  let k = text.indexOf('</', from);
  while (k !== -1 && k < end) {
    if (startsWithIgnoreCase(text, name, k + 2) && !isIdentChar(text.charCodeAt(k + 2 + name.length)))
      return k;
    k = text.indexOf('</', k + 2);
  }
  return end;
}

/**
 * Scans markup: block comments (`<!-- -->`, and template comments such as `{{-- --}}`), CDATA sections skipped,
 * `<script>` and `<style>` content and islands (`<?php … ?>`) lexed as code of their embedded syntax. Text and
 * attributes are not code: an apostrophe in them is harmless.
 */
export function scanMarkup(s: ScanState): void {
  const { text, end, x } = s;
  const embedded = x.syntax.embedded;
  let i = s.pos;
  outer: while (i < end) {
    const c = text.charCodeAt(i);
    for (const b of x.blockComments) {
      if (b.open.charCodeAt(0) === c && text.startsWith(b.open, i)) {
        const cs = i + b.open.length;
        const k = text.indexOf(b.close, cs);
        const ce = k === -1 || k >= end ? end : k;
        const after = ce === end ? end : k + b.close.length;
        s.comments.push({
          start: i,
          contentStart: cs,
          contentEnd: ce,
          end: after,
          kind: 'block',
          star: false,
        });
        i = after;
        continue outer;
      }
    }
    if (c === LT && embedded) {
      for (const island of embedded.islands ?? []) {
        if (text.startsWith(island.open, i)) {
          const stopped = scanRegion(s, island.syntax, i + island.open.length, end, island.close);
          i = Math.min(end, stopped + island.close.length);
          continue outer;
        }
      }
      const name = startsWithIgnoreCase(text, 'script', i + 1)
        ? 'script'
        : startsWithIgnoreCase(text, 'style', i + 1)
          ? 'style'
          : null;
      const syntax = name === 'script' ? embedded.script : name === 'style' ? embedded.style : undefined;
      if (name !== null && syntax !== undefined && !isIdentChar(text.charCodeAt(i + 1 + name.length))) {
        const from = tagEnd(text, i + 1 + name.length, end);
        const to = closingTag(text, name, from, end);
        scanRegion(s, syntax, from, to, null);
        i = to === end ? end : to + 2;
        continue;
      }
    }
    if (c === LT && text.startsWith('<![CDATA[', i)) {
      const k = text.indexOf(']]>', i + 9);
      i = k === -1 || k >= end ? end : k + 3;
      continue;
    }
    i++;
  }
  s.pos = end;
}
