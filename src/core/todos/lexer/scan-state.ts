import type { CompiledSyntax } from './compiled-syntax.js';
import type { RawComment } from './raw-comment.js';

/** The mutable state of one scan over `text[pos, end)`. Embedded regions get their own state over the same text. */
export interface ScanState {
  readonly text: string;
  readonly x: CompiledSyntax;
  /** Where this region ends (exclusive). */
  readonly end: number;
  /** A terminator that ends the region outside strings and block comments (`?>` of a PHP island), or `null`. */
  readonly stop: string | null;
  /** Where found comments go, in order. */
  readonly comments: RawComment[];
  pos: number;
  /** Nesting of recursive scans (interpolations, JSX), bounded so hostile input cannot overflow the stack. */
  depth: number;
  /** Open brackets, for Python's docstring rule. */
  brackets: number;
  /** Heredoc delimiters whose bodies start after the current line, or `null`. */
  heredocs: string[] | null;
  /** Set when a JSX element ran to the end unclosed: the file is not JSX as understood, so stop trying. */
  jsxGaveUp: boolean;
}
