/** What counts as a TODO: the rules' `todos:` keywords and matching. */
export interface TodoOptions {
  /** Words that mark a TODO, matched as whole words (`TODO`, `FIXME`, …). */
  keywords: readonly string[];
  /** Match the keywords' case exactly (default): "Todo list" and "todos" are then prose. */
  caseSensitive: boolean;
}

/** The keywords when the rules name none. */
export const DEFAULT_TODO_KEYWORDS: readonly string[] = ['TODO', 'FIXME', 'HACK', 'XXX', 'BUG'];

/** The options when the rules say nothing. */
export const DEFAULT_TODO_OPTIONS: TodoOptions = { keywords: DEFAULT_TODO_KEYWORDS, caseSensitive: true };
