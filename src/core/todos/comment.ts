/**
 * One comment as the lexer found it. Consecutive whole-line line comments (`//` on lines 3, 4 and 5, nothing but
 * blanks before each) form one comment; a block comment is one comment whatever its length.
 */
export interface Comment {
  /** 1-based line of the comment's first line. */
  line: number;
  /**
   * Its text, one entry per physical line, with the comment markers removed (`//`, `#`, `/*`, `*\/`, `<!--`, the
   * leading ` * ` decoration of block comment lines, Python docstring quotes) and without the line terminator.
   * Entry i is on line `line + i`. Text is not otherwise trimmed or changed.
   */
  lines: string[];
  kind: 'line' | 'block' | 'docstring';
  /** Code precedes it on its first line (`x = 1 // TODO: …`). */
  trailing: boolean;
}
