import picomatch from 'picomatch';
import type { ScannedTodo } from '../model/todo.js';
import { byPlace } from './by-place.js';
import { scanFile } from './scan-file.js';
import type { TodoOptions } from './todo-options.js';
import { vendoredPath } from './vendored-path.js';

/** A file of a tree held in memory (a repository archive). */
export interface TreeFile {
  /** Repo-relative POSIX path. */
  path: string;
  bytes: Uint8Array;
}

/**
 * The TODOs of a tree held in memory, as `scanDirectory` finds them on disk: vendored paths and `exclude` globs
 * left out, then each file through `scanFile` (binary, generated, minified skipped). A repository archive holds
 * tracked files only, so there is no `.gitignore` to apply. Sorted by path, then line.
 */
export function scanFiles(
  files: Iterable<TreeFile>,
  options: TodoOptions & { exclude: readonly string[] },
): { todos: ScannedTodo[]; files: number } {
  const excluded = options.exclude.length ? picomatch([...options.exclude], { dot: true }) : () => false;
  const todos: ScannedTodo[] = [];
  let count = 0;
  for (const file of files) {
    if (vendoredPath(file.path) || excluded(file.path)) continue;
    count += 1;
    todos.push(...scanFile(file.path, file.bytes, options).todos);
  }
  todos.sort(byPlace);
  return { todos, files: count };
}
