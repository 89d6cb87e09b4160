import { inSet, isIdentChar } from './char-class.js';
import { scanComment, scanLongString } from './scan-comment.js';
import { scanHeredoc, skipHeredocBodies } from './scan-heredoc.js';
import { scanJsx } from './scan-jsx.js';
import { scanRegex } from './scan-regex.js';
import { scanString } from './scan-string.js';
import type { ScanState } from './scan-state.js';

const LF = 0x0a;
const CR = 0x0d;
const MAX_DEPTH = 200;

function skipUrl(s: ScanState): boolean {
  // `url(http://x)`: unquoted, the whole argument is one token.
  const { text, end } = s;
  const pos = s.pos;
  if (!text.startsWith('url(', pos) || (pos > 0 && isIdentChar(text.charCodeAt(pos - 1)))) return false;
  let i = pos + 4;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const q = text.charCodeAt(i);
  if (q === 0x22 || q === 0x27) return false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x29 || c === LF || c === CR) break;
    i++;
  }
  s.pos = i;
  return true;
}

/**
 * Scans code from `s.pos`, recording comments, until the end of the region, the region's stop marker, or, when
 * `close` is a `}` or `)` code, the unmatched closing bracket (then `s.pos` is past it): the end of a `${…}`
 * interpolation or a JSX `{…}` expression.
 */
export function scanCode(s: ScanState, close: number): void {
  if (s.depth > MAX_DEPTH) return;
  s.depth++;
  const { text, end, x } = s;
  const syntax = x.syntax;
  const table = x.interesting;
  const open = close === 0x7d ? 0x7b : close === 0x29 ? 0x28 : -1;
  const stop = s.stop;
  const stop0 = stop === null ? -1 : stop.charCodeAt(0);
  const escapes = syntax.escapeChars;
  let depth = 0;
  while (s.pos < end) {
    const pos = s.pos;
    const c = text.charCodeAt(pos);
    if (c >= 128 || table[c] === 0) {
      if (c === stop0 && text.startsWith(stop as string, pos)) break;
      s.pos = pos + 1;
      continue;
    }
    if (c === LF || c === CR) {
      if (s.heredocs !== null) skipHeredocBodies(s);
      else s.pos = pos + 1;
      continue;
    }
    if (c === stop0 && text.startsWith(stop as string, pos)) break;
    if (scanComment(s, c) || scanString(s, c)) continue;
    if (escapes !== undefined && inSet(escapes, c)) {
      // `\#`, `$"`, `?\;`: the escaped character is literal; `$\"` escapes through the backslash.
      s.pos = pos + (c !== 0x5c && text.charCodeAt(pos + 1) === 0x5c ? 3 : 2);
      continue;
    }
    if (c === 0x2f && syntax.regexLiterals && scanRegex(s)) continue;
    if (c === 0x3c && ((syntax.jsx && scanJsx(s)) || (syntax.heredoc && scanHeredoc(s)))) continue;
    if (c === 0x5b && syntax.longBrackets && scanLongString(s)) continue;
    if (c === 0x75 && syntax.cssUrls && skipUrl(s)) continue;
    if (c === open) {
      depth++;
    } else if (c === close) {
      if (depth === 0) {
        s.pos = pos + 1;
        break;
      }
      depth--;
    }
    if (c === 0x28 || c === 0x5b || c === 0x7b) s.brackets++;
    else if ((c === 0x29 || c === 0x5d || c === 0x7d) && s.brackets > 0) s.brackets--;
    s.pos = pos + 1;
  }
  s.depth--;
}
