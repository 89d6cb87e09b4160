import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../core/errors/input-error.js';

/**
 * Files read whole (JSON reports, trackers, diffs) larger than this are refused rather than exhausting memory:
 * `JSON.parse` needs several times the text's size. Formats that can be larger (Cobertura, JaCoCo, LCOV) stream.
 */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  return `cannot read: ${(error as Error).message}`;
}

/**
 * Reads a UTF-8 text file for gonogo. Every failure is an `InputError` naming the file and the cause: missing,
 * a directory, unreadable, too large, binary. `name` is how messages name it (the path as the user wrote it).
 */
export async function readTextFile(
  path: string,
  expected: string,
  name: string = path,
  maxBytes: number = MAX_TEXT_BYTES,
): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(name, `is a directory, expected ${expected}`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, `${reasonOf(error)} (expected ${expected})`);
  }
  if (size > maxBytes) {
    const mb = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;
    throw new InputError(name, `too large: ${mb(size)}, over the ${mb(maxBytes)} limit for ${expected}`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(name, reasonOf(error));
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(name, `binary file, expected ${expected}`);
  return new TextDecoder('utf-8').decode(bytes);
}
