import type { TodoOptions } from './todo-options.js';

/** A keyword found where a TODO starts: at the start of a comment line, or followed by `(` or `:`. */
export interface TodoStart {
  /** The keyword as configured (`TODO`), whatever case it was written in. */
  keyword: string;
  /** What follows the keyword on the line. */
  rest: string;
}

/** Only decoration before the keyword: blanks, `*`, `-`, `/`, `#`, `!`, `;`, `%`, `>`, `|`, bullets, `@`. */
const DECORATION = /^[\s*\-–—•/#!;%>|@]*$/u;
/** Mid-line, a TODO starts a sentence (`retries. TODO: backoff`) and is followed by `(` or `:` at once. */
const SENTENCE_END = /(?:[.;!?…—–]|\s-)\s+$/u;
const METADATA_OR_COLON = /^\s?[(:]/;
/** `TODO/FIXME`, `TODO-list`, `TODO.md`: a word about TODOs, not one. */
const NOT_A_TODO = /^[/.-][\p{L}\p{N}]/u;

const insideCodeSpan = (before: string) => (before.match(/`/g)?.length ?? 0) % 2 === 1;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher of TODO starts for one configuration. Keywords are whole words (no letter, digit or `_` on either
 * side, so "método", "todos" and "TODOS" are not TODOs) and, by default, case-sensitive (so "Todo list" is prose).
 * A keyword counts at the start of a comment line (`// TODO handle retries`, ` * FIXME: …`) or at the start of a
 * later sentence when `(` or `:` follows (`// retries. TODO: backoff`); elsewhere it is prose (`// see the TODO
 * list`, `for a TODO: the issue`), and so is `TODO/FIXME` or `TODO.md`. A keyword
 * inside a markdown code span of the comment (`` `TODO(@alice)` ``) is quoted, not a TODO.
 */
export function todoMatcher(options: TodoOptions): (line: string) => TodoStart | null {
  const canonical = new Map(
    options.keywords.map((word) => [options.caseSensitive ? word : word.toLowerCase(), word]),
  );
  const alternatives = [...options.keywords]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(${alternatives})(?![\\p{L}\\p{N}_])`,
    options.caseSensitive ? 'gu' : 'giu',
  );
  return (line) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      const found = match[1] ?? '';
      const before = line.slice(0, match.index);
      const rest = line.slice(match.index + found.length);
      // Inside a code span (`TODO(@alice)` in a doc comment) it is quoted, not meant.
      if (insideCodeSpan(before)) continue;
      if (NOT_A_TODO.test(rest)) continue;
      if (DECORATION.test(before) || (SENTENCE_END.test(before) && METADATA_OR_COLON.test(rest))) {
        const keyword = canonical.get(options.caseSensitive ? found : found.toLowerCase()) ?? found;
        return { keyword, rest };
      }
    }
    return null;
  };
}
