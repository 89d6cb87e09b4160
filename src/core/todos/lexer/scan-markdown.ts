import { afterLineBreak, lineEnd } from './char-class.js';
import type { ScanState } from './scan-state.js';

const BACKTICK = 0x60;
const TILDE = 0x7e;

function run(text: string, i: number, end: number, c: number): number {
  let j = i;
  while (j < end && text.charCodeAt(j) === c) j++;
  return j - i;
}

/** Whether `[from, to)` holds only blanks. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * Scans Markdown: only `<!-- … -->` is a comment, and not inside a fenced code block (``` or ~~~, closed by a
 * fence of the same character at least as long) nor inside a code span. Prose is never a comment.
 */
export function scanMarkdown(s: ScanState): void {
  const { text, end } = s;
  let i = s.pos;
  let fence = 0;
  let fenceLength = 0;
  let lineStart = true;
  while (i < end) {
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (j < end && j - i < 4 && text.charCodeAt(j) === 0x20) j++;
      const c = text.charCodeAt(j);
      const e = lineEnd(text, j, end);
      if (j - i < 4 && (c === BACKTICK || c === TILDE)) {
        const n = run(text, j, e, c);
        if (
          fence === 0 &&
          n >= 3 &&
          (c === TILDE || text.indexOf('`', j + n) === -1 || text.indexOf('`', j + n) >= e)
        ) {
          fence = c;
          fenceLength = n;
          i = e;
          continue;
        }
        if (fence === c && n >= fenceLength && blank(text, j + n, e)) {
          fence = 0;
          i = e;
          continue;
        }
      }
      if (fence !== 0) {
        i = e;
        continue;
      }
    }
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      i = afterLineBreak(text, i);
      lineStart = true;
    } else if (c === 0x5c) {
      i += 2;
    } else if (c === BACKTICK) {
      // A code span closes with a run of as many backticks on the same line; else the backticks are text.
      const n = run(text, i, end, BACKTICK);
      const e = lineEnd(text, i, end);
      let k = i + n;
      let closed = -1;
      while (k < e) {
        if (text.charCodeAt(k) === BACKTICK) {
          const m = run(text, k, e, BACKTICK);
          if (m === n) {
            closed = k + m;
            break;
          }
          k += m;
        } else k++;
      }
      i = closed === -1 ? i + n : closed;
    } else if (c === 0x3c && text.startsWith('<!--', i)) {
      const k = text.indexOf('-->', i + 4);
      const ce = k === -1 || k >= end ? end : k;
      const after = ce === end ? end : k + 3;
      s.comments.push({
        start: i,
        contentStart: i + 4,
        contentEnd: ce,
        end: after,
        kind: 'block',
        star: false,
      });
      i = after;
    } else {
      i++;
    }
  }
  s.pos = end;
}
