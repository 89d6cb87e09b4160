import type { Comment } from './comment.js';
import type { CommentSyntax } from './languages/comment-syntax.js';
import { buildComments } from './lexer/build-comments.js';
import { compileSyntax } from './lexer/compile-syntax.js';
import type { RawComment } from './lexer/raw-comment.js';
import { scanCode } from './lexer/scan-code.js';
import { scanMarkdown } from './lexer/scan-markdown.js';
import { scanMarkup } from './lexer/scan-markup.js';
import type { ScanState } from './lexer/scan-state.js';

/**
 * The comments of a source text, lexed in one pass with the comment, string and literal rules of `syntax`: a
 * `//` in a string, a template literal, a regex literal, a heredoc or JSX text is not a comment. Never throws:
 * malformed input (an unclosed string or comment) lexes to the end of the line or file. A leading byte-order mark
 * is ignored; `\n`, `\r\n` and `\r` all end lines. A `#!` first line is neither code nor comment.
 */
export function lexComments(text: string, syntax: CommentSyntax): Comment[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const comments: RawComment[] = [];
  const state: ScanState = {
    text: source,
    x: compileSyntax(syntax),
    end: source.length,
    stop: null,
    comments,
    pos: 0,
    depth: 0,
    brackets: 0,
    heredocs: null,
    jsxGaveUp: false,
  };
  if (source.startsWith('#!') && (syntax.mode ?? 'code') === 'code') {
    while (
      state.pos < source.length &&
      source.charCodeAt(state.pos) !== 0x0a &&
      source.charCodeAt(state.pos) !== 0x0d
    ) {
      state.pos++;
    }
  }
  if (syntax.mode === 'markup') scanMarkup(state);
  else if (syntax.mode === 'markdown') scanMarkdown(state);
  else scanCode(state, -1);
  return buildComments(source, comments);
}
