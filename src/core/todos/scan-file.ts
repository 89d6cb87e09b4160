import type { ScannedTodo } from '../model/todo.js';
import { binaryContent } from './binary-content.js';
import { findTodos } from './find-todos.js';
import { generatedFile } from './generated-file.js';
import { languageOf } from './language-of.js';
import { mentionsKeyword } from './mentions-keyword.js';
import { minifiedFile } from './minified-file.js';
import type { TodoOptions } from './todo-options.js';

/** Files larger than this are not scanned: no hand-written source is, and reading them would dominate a scan. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** What scanning one file found, or why it was not read. */
export interface FileScan {
  todos: ScannedTodo[];
  /** `'binary'`, `'generated'` or `'minified'` when the file was passed over, else `null`. */
  skipped: string | null;
}

/**
 * Invalid UTF-8 reads as U+FFFD rather than failing: a stray Latin-1 byte should not hide a file's TODOs. With
 * `ignoreBOM: false` the decoder drops a leading byte-order mark.
 */
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * The TODOs of one file, from its bytes. Checks run cheapest first: binary (a NUL byte, as git decides), then a
 * byte search for the keywords (most files mention none and are neither decoded nor lexed, nor checked further),
 * then generated and minified (GitHub Linguist's conventions), then the language: a file of no known language has
 * no comments to read and yields no TODOs, unskipped. So `skipped` names only binary files and the files that
 * mention a keyword but are generated or minified. `path` is repo-relative POSIX.
 */
export function scanFile(path: string, bytes: Uint8Array, options: TodoOptions): FileScan {
  if (binaryContent(bytes)) return { todos: [], skipped: 'binary' };
  if (!mentionsKeyword(bytes, options)) return { todos: [], skipped: null };
  const text = decoder.decode(bytes);
  if (generatedFile(path, text)) return { todos: [], skipped: 'generated' };
  if (minifiedFile(path, text)) return { todos: [], skipped: 'minified' };
  const language = languageOf(path, text);
  if (!language) return { todos: [], skipped: null };
  return { todos: findTodos(path, text, language, options), skipped: null };
}
