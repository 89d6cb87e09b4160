/**
 * How one language family writes comments and the tokens that can hide comment markers (strings, regex literals,
 * heredocs, JSX text). Data only: one lexer (`lexComments`) reads it. Every field but `family` is optional and
 * off when absent.
 */
export interface CommentSyntax {
  /** Name of the family (`c`, `python`, `shell`, …), for tests and diagnostics. */
  readonly family: string;
  /**
   * How a file is read: `code` (the default), `markup` (only the block comments count, `<script>`/`<style>` and
   * islands are lexed with `embedded`), or `markdown` (only `<!-- -->` outside code fences and code spans).
   */
  readonly mode?: 'code' | 'markup' | 'markdown';
  /** Markers of comments running to the end of the line: `//`, `#`, `--`, `;`. */
  readonly lineComments?: readonly string[];
  /** Line comment markers that count only as the first non-blank thing on a line: INI `;`, Vim `"`, Batch `::`. */
  readonly lineStartComments?: readonly string[];
  /** Markers that count only in column 1: fixed-form Fortran `C`, `*`. */
  readonly column1Comments?: readonly string[];
  /** Keywords starting a line comment as the first word of a line, matched case-insensitively: `REM`. */
  readonly wordComments?: readonly string[];
  /**
   * Block comments. `nested`: `/* /* *\/ *\/` is one comment (Rust, Swift, Haskell). `lineStart`: opener and
   * closer count only as the first non-blank thing on a line (Ruby `=begin`, MATLAB `%{`).
   */
  readonly blockComments?: readonly { open: string; close: string; nested?: boolean; lineStart?: boolean }[];
  /** Line comments start only at the start of a word: shell `a#b` and `${#x}`, YAML `url#frag` are not comments. */
  readonly commentsAtWordStart?: boolean;
  /** Characters after which a line comment marker is not one: Perl `$#array`. */
  readonly commentNotAfter?: string;

  /** Characters that open a string closed by the same character. */
  readonly quotes?: string;
  /** Of `quotes`, those whose strings know no escape character (SQL `'`, shell `'`): in them `''` is a quote. */
  readonly rawQuotes?: string;
  /** The escape character inside strings: `\` unless set (PowerShell: a backtick). */
  readonly stringEscape?: string;
  /** Of `quotes`, those whose strings may span lines; the others end at the line end when unclosed. */
  readonly multilineQuotes?: string;
  /** Quotes open strings only at the start of a word: a YAML plain scalar may hold `don't`. */
  readonly quotesAtWordStart?: boolean;
  /** `'` opens only a character literal (`'a'`, `'\n'`), else it is code: Rust lifetimes, OCaml `'a`, `x'`. */
  readonly charLiterals?: boolean;
  /** `'` right after an operand is the transpose operator (MATLAB `a'`), else it opens a string. */
  readonly transposeQuote?: boolean;
  /** `"""` and `'''` (for the characters in `quotes`) open strings closed by the same three. */
  readonly tripleQuotes?: boolean;
  /** A triple-quoted string standing alone as a statement is a comment of kind `docstring` (Python). */
  readonly docstrings?: boolean;
  /** Strings with fixed delimiters and no escapes, tried first: Go `` ` ``, Rust `r#"`, C# `@"`. `'\n'` closes at the line end. */
  readonly fencedStrings?: readonly { open: string; close: string }[];
  /** C++ raw strings `R"delim( … )delim"`. */
  readonly cppRawStrings?: boolean;
  /** Shell `$'…'`: a single-quoted string with backslash escapes. */
  readonly ansiCQuotes?: boolean;
  /** Of `quotes`, those whose strings hold code in `interpolations`. */
  readonly interpolatedQuotes?: string;
  /** Openers of code inside interpolated strings (`${`, `#{`, `\(`, `$(`); the bracket's pair closes them. */
  readonly interpolations?: readonly string[];

  /** Characters that, outside strings, make the next one literal: Lisp and TeX `\`, Erlang `$`, Emacs Lisp `?`. */
  readonly escapeChars?: string;
  /** `/…/` regex literals where an operand is expected (JavaScript, Ruby, Perl, AWK). */
  readonly regexLiterals?: boolean;
  /** JSX elements where an operand is expected: the text between their tags is not code. */
  readonly jsx?: boolean;
  /** Heredocs: `shell` (`<<EOF`, `<<-'EOF'`), `ruby` (`<<~EOS`, also Perl and HCL), `php` (`<<<EOT`). */
  readonly heredoc?: 'shell' | 'ruby' | 'php';
  /** Lua long brackets: `[[ … ]]`, `[==[ … ]==]` strings and `--[[ … ]]` comments. */
  readonly longBrackets?: boolean;
  /** CSS `url(…)` is one token: `//` inside it is not a comment. */
  readonly cssUrls?: boolean;
  /** For `markup` mode: how `<script>`, `<style>` and islands such as `<?php … ?>` are lexed. */
  readonly embedded?: {
    readonly script?: CommentSyntax;
    readonly style?: CommentSyntax;
    readonly islands?: readonly { open: string; close: string; syntax: CommentSyntax }[];
  };
}
