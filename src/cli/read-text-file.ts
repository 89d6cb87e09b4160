import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../core/errors/input-error.js';

/** Reports larger than this are refused rather than exhausting memory. */
const MAX_BYTES = 512 * 1024 * 1024;

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
export async function readTextFile(path: string, expected: string, name: string = path): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(name, `is a directory, expected ${expected}`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, `${reasonOf(error)} (expected ${expected})`);
  }
  if (size > MAX_BYTES)
    throw new InputError(
      name,
      `too large (${Math.round(size / 1048576)} MB; limit ${MAX_BYTES / 1048576} MB)`,
    );
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(name, reasonOf(error));
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(name, `binary file, expected ${expected}`);
  return new TextDecoder('utf-8').decode(bytes);
}
