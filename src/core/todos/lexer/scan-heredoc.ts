import { afterLineBreak, isBlank, isIdentChar, lineEnd } from './char-class.js';
import type { ScanState } from './scan-state.js';

function isWordChar(c: number): boolean {
  return isIdentChar(c) || c === 0x2d || c === 0x2e;
}

/**
 * Reads the delimiter of a heredoc opener at `s.pos` (`<<EOF`, `<<-'EOF'`, `<<~SQL`, `<<<EOT`): queues it so the
 * body after this line is skipped as text, moves past it and returns true. `<<<` (a shell here-string), `a << b`
 * (Ruby's append) and `1<<2` are not heredocs.
 */
export function scanHeredoc(s: ScanState): boolean {
  const { text, end } = s;
  const mode = s.x.syntax.heredoc;
  const pos = s.pos;
  if (text.charCodeAt(pos + 1) !== 0x3c) return false;
  let i = pos + 2;
  if (mode === 'php') {
    if (text.charCodeAt(i) !== 0x3c) return false;
    i++;
    while (isBlank(text.charCodeAt(i))) i++;
  } else {
    if (text.charCodeAt(i) === 0x3c) {
      s.pos = pos + 3;
      return true;
    }
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x7e) i++;
    const blanks = i;
    while (isBlank(text.charCodeAt(i))) i++;
    const q = text.charCodeAt(i);
    if (mode === 'ruby' && i > blanks && q !== 0x22 && q !== 0x27) return false;
    if (mode === 'shell' && q === 0x5c) i++;
  }
  const q = text.charCodeAt(i);
  const quoted = q === 0x22 || q === 0x27;
  if (quoted) i++;
  const first = text.charCodeAt(i);
  const start = i;
  if (quoted) {
    while (i < end && text.charCodeAt(i) !== q && text.charCodeAt(i) !== 0x0a) i++;
  } else {
    const upper = first >= 0x41 && first <= 0x5a;
    const letter = upper || (first >= 0x61 && first <= 0x7a) || first === 0x5f;
    if (!letter || (mode === 'ruby' && !upper && first !== 0x5f)) return false;
    while (i < end && (mode === 'shell' ? isWordChar(text.charCodeAt(i)) : isIdentChar(text.charCodeAt(i))))
      i++;
  }
  if (i === start) return false;
  (s.heredocs ??= []).push(text.slice(start, i));
  s.pos = quoted && i < end ? i + 1 : i;
  return true;
}

/** Where the line closing a heredoc `delimiter` ends, searching from `from`; -1 when no line closes it. */
function terminatorLineEnd(text: string, from: number, end: number, delimiter: string): number {
  let i = from;
  while (i < end) {
    let j = i;
    while (j < end && isBlank(text.charCodeAt(j))) j++;
    const e = lineEnd(text, j, end);
    if (text.startsWith(delimiter, j)) {
      let k = j + delimiter.length;
      const c = text.charCodeAt(k);
      // PHP closes with `EOT;` or `EOT,`; trailing blanks are tolerated.
      if (c === 0x3b || c === 0x2c || c === 0x29) return e;
      while (k < e && isBlank(text.charCodeAt(k))) k++;
      if (k === e) return e;
    }
    if (e >= end) break;
    i = afterLineBreak(text, e);
  }
  return -1;
}

/**
 * At the line break ending a line that opened heredocs: skips their bodies (text, not code) and their closing
 * lines. A heredoc that nothing closes is not skipped: better to lex it as code than to swallow the file.
 */
export function skipHeredocBodies(s: ScanState): void {
  const { text, end } = s;
  const delimiters = s.heredocs ?? [];
  s.heredocs = null;
  let pos = s.pos;
  let skipped = false;
  for (const d of delimiters) {
    const e = terminatorLineEnd(text, afterLineBreak(text, pos), end, d);
    if (e < 0) break;
    pos = e;
    skipped = true;
    if (e >= end) break;
  }
  s.pos = skipped ? pos : afterLineBreak(text, pos);
}
