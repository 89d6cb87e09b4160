import { Parser } from 'tar';
import type { ReadEntry } from 'tar';
import { InputError } from '../../core/errors/input-error.js';
import { getErrorMessage } from '../../core/errors/get-error-message.js';
import { MAX_SOURCE_BYTES } from '../../core/todos/scan-file.js';
import type { TreeFile } from '../../core/todos/scan-files.js';

/**
 * The regular files of a repository archive (`GET /repos/{owner}/{repo}/tarball/{ref}`, gzip-compressed tar), in
 * memory, with the archive's top folder (`owner-repo-sha/`) stripped from the paths. Links, folders and files over
 * 2 MB are left out. `node-tar` parses the format (pax headers, long names); a corrupt archive is an `InputError`
 * naming `source`.
 */
export async function readTarball(archive: Uint8Array, source: string): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      const path = entry.path.split('/').slice(1).join('/');
      if (entry.type !== 'File' || path === '' || (entry.size ?? 0) > MAX_SOURCE_BYTES) {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => files.push({ path, bytes: Buffer.concat(chunks) }));
    },
  });
  const unreadable = (cause: unknown) =>
    new InputError(source, `not a readable .tar.gz archive (${getErrorMessage(cause)})`);
  await new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    parser.on('error', (error: unknown) => reject(unreadable(error)));
    parser.on('warn', (code: string, message: string | Error) => {
      if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ABORT') reject(unreadable(message));
    });
    parser.end(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength));
  });
  return files;
}
