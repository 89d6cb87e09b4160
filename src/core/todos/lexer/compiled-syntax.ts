import type { CommentSyntax } from '../languages/comment-syntax.js';

/** A `CommentSyntax` prepared for the scanner's hot loop. */
export interface CompiledSyntax {
  readonly syntax: CommentSyntax;
  /** `interesting[c]` is 1 for the ASCII characters that may start a token the scanner handles. */
  readonly interesting: Uint8Array;
  /** Line comment markers, longest first. */
  readonly lineComments: readonly string[];
  /** Block comments, longest opener first. */
  readonly blockComments: NonNullable<CommentSyntax['blockComments']>;
  /** Fenced strings, longest opener first. */
  readonly fencedStrings: NonNullable<CommentSyntax['fencedStrings']>;
}
