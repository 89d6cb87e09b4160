import { Parser } from 'tar';
import type { ReadEntry } from 'tar';
import type { TreeFile } from '../../core/todos/scan-files.js';

/** Files over this size are left out of a scan: no hand-written source is. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The regular files of a repository archive (`GET /repos/{owner}/{repo}/tarball/{ref}`, gzip-compressed tar), in
 * memory, with the archive's top folder (`owner-repo-sha/`) stripped from the paths. Links, folders and files over
 * 2 MB are left out. `node-tar` parses the format (pax headers, long names); a corrupt archive throws.
 */
export async function readTarball(archive: Uint8Array): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      const path = entry.path.split('/').slice(1).join('/');
      if (entry.type !== 'File' || path === '' || (entry.size ?? 0) > MAX_FILE_BYTES) {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => files.push({ path, bytes: Buffer.concat(chunks) }));
    },
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    parser.on('error', reject);
    parser.on('warn', (code: string, message: string | Error) => {
      if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ABORT') reject(new Error(String(message)));
    });
    parser.end(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength));
  });
  return files;
}
