import { InputError } from '../errors/input-error.js';
import { inflateEntry } from './inflate-entry.js';
import { readCentralDirectory } from './read-central-directory.js';
import type { ZipEntry } from './read-central-directory.js';
import { zipEntryPath } from './zip-entry-path.js';
import type { ZipLimits } from './zip-limits.js';

/** The text files of an archive, and every entry that was not read with why. */
export interface ZipReports {
  /** Files in archive order, `path` repo-relative POSIX, `text` decoded as UTF-8 (a BOM dropped). */
  files: { path: string; text: string }[];
  /** Entries left out: unsafe names, directories, links, binary files, encrypted or unsupported entries. */
  skipped: { path: string; reason: string }[];
}

/** Entries that inflate to less than this are not held to `maxRatio`: a small repetitive file is no bomb. */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** Bytes searched for a NUL to call a file binary, as the CLI's file reader does. */
const BINARY_PROBE = 8192;
const LOCAL_HEADER = 0x04034b50;
const S_IFMT_DIR = 0o040000;
const S_IFMT_LINK = 0o120000;
const S_IFMT_FILE = 0o100000;

const utf8 = new TextDecoder('utf-8');

/** `812 bytes`, `3.5 KiB`, `256 MiB`. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1048576 ? [bytes / 1024, 'KiB'] : [bytes / 1048576, 'MiB'];
  return `${Math.round(value * 10) / 10} ${unit}`;
}
const printable = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, '?'); // eslint-disable-line no-control-regex

/** Why an entry, safe by name, is still not read as a file; null when it is a regular file. */
function kindProblem(entry: ZipEntry): string | null {
  if (entry.name.endsWith('/') || entry.dosDirectory || entry.unixType === S_IFMT_DIR) return 'a directory';
  if (entry.unixType === S_IFMT_LINK) return 'a symbolic link';
  if (entry.unixType !== null && entry.unixType !== 0 && entry.unixType !== S_IFMT_FILE)
    return 'not a regular file';
  if (entry.encrypted) return 'encrypted';
  if (entry.method !== 0 && entry.method !== 8)
    return `compression method ${entry.method} (only stored and deflate are read)`;
  return null;
}

/** The declared sizes against the limits, before a byte is inflated. */
function checkDeclared(entry: ZipEntry, limits: ZipLimits, source: string): void {
  const over = (reason: string) => new InputError(source, `zip entry "${printable(entry.name)}" ${reason}`);
  if (entry.size > limits.maxEntryBytes)
    throw over(
      `declares ${size(entry.size)}, over the ${size(limits.maxEntryBytes)} limit per entry (maxEntryBytes)`,
    );
  if (entry.size > RATIO_GRACE_BYTES && entry.size > entry.compressedSize * limits.maxRatio) {
    const ratio = entry.compressedSize ? Math.round(entry.size / entry.compressedSize) : Infinity;
    throw over(
      `expands ${ratio}× (${size(entry.size)}), over the ${limits.maxRatio}× limit (maxRatio): a zip bomb?`,
    );
  }
}

/** The compressed bytes of an entry, found through its local header (whose own sizes may be zeros). */
function entryData(bytes: Uint8Array, entry: ZipEntry, source: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new InputError(
      source,
      `not a readable zip archive (no local header for "${printable(entry.name)}")`,
    );
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length)
    throw new InputError(source, `not a readable zip archive ("${printable(entry.name)}" runs past the end)`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Reads the report files of a workflow artifact's zip as untrusted data. Every limit is checked against the sizes
 * the central directory declares before anything is inflated, and each entry is then inflated under its declared
 * size as a hard cap, so the real output can be no larger (nor any more compressed) than what was checked: a forged
 * header fails instead of getting through. A limit breach, a forged size or a corrupt archive is an `InputError`
 * naming `source` (the artifact) and the limit: a bomb fails closed, the whole artifact, never a hang or an
 * exhausted memory. Entries that are merely not reports — unsafe names (absolute, drive, backslash, `..`),
 * directories, symbolic links, binary files (a NUL in the first 8 KB), duplicates — are skipped with a reason.
 */
export function readZipReports(bytes: Uint8Array, limits: ZipLimits, source: string): ZipReports {
  const entries = readCentralDirectory(bytes, source, limits.maxEntries);
  const skipped: ZipReports['skipped'] = [];
  const accepted: { entry: ZipEntry; path: string }[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  for (const entry of entries) {
    const named = zipEntryPath(entry.name);
    if ('reason' in named) {
      skipped.push({ path: printable(entry.name), reason: named.reason });
      continue;
    }
    const reason = kindProblem(entry) ?? (seen.has(named.path) ? 'a duplicate path' : null);
    if (reason) {
      skipped.push({ path: named.path, reason });
      continue;
    }
    checkDeclared(entry, limits, source);
    declaredTotal += entry.size;
    if (declaredTotal > limits.maxTotalBytes)
      throw new InputError(
        source,
        `the archive's entries declare over ${size(limits.maxTotalBytes)} in all (maxTotalBytes)`,
      );
    seen.add(named.path);
    accepted.push({ entry, path: named.path });
  }
  const files: ZipReports['files'] = [];
  for (const { entry, path } of accepted) {
    const content = inflateEntry(entryData(bytes, entry, source), entry, source);
    if (content.subarray(0, BINARY_PROBE).includes(0)) {
      skipped.push({ path, reason: 'binary (a NUL byte in the first 8 KB)' });
      continue;
    }
    files.push({ path, text: utf8.decode(content) });
  }
  return { files, skipped };
}
