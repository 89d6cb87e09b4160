import { close, fstat, open, read } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ScannedTodo } from '../../core/model/todo.js';
import { byPlace } from '../../core/todos/by-place.js';
import { MAX_SOURCE_BYTES, scanFile } from '../../core/todos/scan-file.js';
import type { TodoOptions } from '../../core/todos/todo-options.js';
import { listSourceFiles, type ListOptions, type SkippedPath } from './list-source-files.js';

/** Files read at once: enough to keep libuv's thread pool and the disk busy, few enough for file descriptors. */
const CONCURRENCY = 32;

/** What a directory scan found. */
export interface DirectoryScan {
  /** Sorted by path, then line. */
  todos: ScannedTodo[];
  /** Files read and scanned (those in `skipped` are not counted). */
  files: number;
  /** Paths left out and why, sorted by path: listing (`vendored`, `excluded by …`) and reading (`binary`, …). */
  skipped: SkippedPath[];
}

type Read = { bytes: Buffer } | { skipped: string };

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'ENOENT') return 'unreadable: no such file';
  return `unreadable: ${(error as Error).message}`;
}

// The callback API, promisified, rather than `fs/promises`: on the 10,000 small files of a `node_modules`, a
// `FileHandle` per file (its object, its close bookkeeping) tripled the time spent reading.
const openFile = promisify(open);
const statFile = promisify(fstat);
const readInto = promisify(read);
const closeFile = promisify(close);

/** One file's bytes, read with a single open: its size decides before any byte is read. */
async function readSource(path: string): Promise<Read> {
  let fd: number | undefined;
  try {
    fd = await openFile(path, 'r');
    const { size } = await statFile(fd);
    if (size > MAX_SOURCE_BYTES) return { skipped: `too large (${(size / 1048576).toFixed(1)} MB)` };
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await readInto(fd, bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: filled < size ? bytes.subarray(0, filled) : bytes };
  } catch (error) {
    return { skipped: reasonOf(error) };
  } finally {
    if (fd !== undefined) await closeFile(fd).catch(() => undefined);
  }
}

/**
 * The TODOs under `root`: the files `listSourceFiles` lists, read 32 at a time and scanned by `scanFile`. Never
 * throws for one file: a file over 2 MB, unreadable, binary, generated or minified is one `skipped` entry. Throws an
 * `InputError` only when `root` is not a readable directory.
 */
export async function scanDirectory(
  root: string,
  options: TodoOptions & ListOptions,
): Promise<DirectoryScan> {
  const listing = await listSourceFiles(root, options);
  const todos: ScannedTodo[] = [];
  const skipped = [...listing.skipped];
  let files = 0;
  let next = 0;
  const worker = async () => {
    while (next < listing.files.length) {
      const path = listing.files[next++] as string;
      const read = await readSource(join(root, path));
      if ('skipped' in read) {
        skipped.push({ path, reason: read.skipped });
        continue;
      }
      const scan = scanFile(path, read.bytes, options);
      if (scan.skipped) skipped.push({ path, reason: scan.skipped });
      else files++;
      for (const todo of scan.todos) todos.push(todo);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, listing.files.length) }, worker));
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  todos.sort(byPlace);
  skipped.sort((a, b) => compare(a.path, b.path));
  return { todos, files, skipped };
}
