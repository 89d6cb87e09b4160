import type { CommentSyntax } from '../languages/comment-syntax.js';
import type { CompiledSyntax } from './compiled-syntax.js';

const cache = new WeakMap<CommentSyntax, CompiledSyntax>();

function byLength<T>(items: readonly T[] | undefined, key: (item: T) => string): T[] {
  return [...(items ?? [])].sort((a, b) => key(b).length - key(a).length);
}

/** The syntax prepared for scanning, memoized per syntax object. */
export function compileSyntax(syntax: CommentSyntax): CompiledSyntax {
  const hit = cache.get(syntax);
  if (hit) return hit;
  const interesting = new Uint8Array(128);
  const mark = (s: string | undefined): void => {
    if (s) for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 128) interesting[s.charCodeAt(i)] = 1;
  };
  const markFirst = (s: string): void => {
    const c = s.charCodeAt(0);
    if (c < 128) interesting[c] = 1;
    // Word comments (`REM`) match either case.
    if (c >= 0x41 && c <= 0x5a) interesting[c | 0x20] = 1;
  };
  mark('{}()[]');
  for (const m of syntax.lineComments ?? []) markFirst(m);
  for (const m of syntax.lineStartComments ?? []) markFirst(m);
  for (const m of syntax.column1Comments ?? []) markFirst(m);
  for (const m of syntax.wordComments ?? []) markFirst(m.toUpperCase());
  for (const b of syntax.blockComments ?? []) markFirst(b.open);
  for (const f of syntax.fencedStrings ?? []) markFirst(f.open);
  mark(syntax.quotes);
  mark(syntax.escapeChars);
  if (syntax.cppRawStrings) mark('R');
  if (syntax.regexLiterals) mark('/');
  if (syntax.jsx || syntax.heredoc) mark('<');
  if (syntax.heredoc) mark('\n\r');
  if (syntax.longBrackets) mark('-[');
  if (syntax.cssUrls) mark('u');
  const compiled: CompiledSyntax = {
    syntax,
    interesting,
    lineComments: byLength(syntax.lineComments, (m) => m),
    blockComments: byLength(syntax.blockComments, (b) => b.open),
    fencedStrings: byLength(syntax.fencedStrings, (f) => f.open),
  };
  cache.set(syntax, compiled);
  return compiled;
}
