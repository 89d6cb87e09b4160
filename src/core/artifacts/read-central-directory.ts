import { InputError } from '../errors/input-error.js';

/** One entry of a zip archive's central directory: what the archive says, not yet trusted. */
export interface ZipEntry {
  /** The name as stored, decoded as UTF-8. */
  name: string;
  /** 0 stored, 8 deflate; anything else is not read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** Inflated size the archive declares: checked again while inflating. */
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
  /** Unix file type bits (`0o170000` mask) when the archive was made on Unix, else null. */
  unixType: number | null;
  /** The MS-DOS directory attribute. */
  dosDirectory: boolean;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
const EOCD_SEARCH = 22 + MAX16;
const HOST_UNIX = 3;

const utf8 = new TextDecoder('utf-8');

/** A structural fault found while reading: reported as is (a bounds error of `DataView` means truncated). */
class Corrupt extends Error {}

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Corrupt('zip64 value out of range');
  return Number(value);
}

/** Where the central directory is and how many entries it holds, from the end record (zip64 when flagged). */
function findDirectory(view: DataView): { count: number; offset: number } {
  const last = view.byteLength - 22;
  let end = -1;
  for (let at = last; at >= 0 && at >= view.byteLength - EOCD_SEARCH; at -= 1)
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  if (end < 0) throw new Corrupt('no end of central directory record');
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0)
    throw new Corrupt('multi-volume archive');
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (
    (count === MAX16 || offset === MAX32) &&
    end >= 20 &&
    view.getUint32(end - 20, true) === EOCD64_LOCATOR
  ) {
    const record = u64(view, end - 12);
    if (view.getUint32(record, true) !== EOCD64) throw new Corrupt('bad zip64 end record');
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  return { count, offset };
}

/** The zip64 extra field (id 1) holds, in this order, each 32-bit field that was saturated. */
function zip64Sizes(view: DataView, at: number, length: number, entry: ZipEntry): void {
  for (let field = at; field + 4 <= at + length; field += 4 + view.getUint16(field + 2, true)) {
    if (view.getUint16(field, true) !== 1) continue;
    let value = field + 4;
    const next = () => {
      const read = u64(view, value);
      value += 8;
      return read;
    };
    if (entry.size === MAX32) entry.size = next();
    if (entry.compressedSize === MAX32) entry.compressedSize = next();
    if (entry.localOffset === MAX32) entry.localOffset = next();
    return;
  }
}

/**
 * The entries of a zip archive, read from its central directory (the authoritative listing; local headers of
 * streamed archives hold zeros). Counting stops past `maxEntries`, whatever the end record claims, so a forged
 * count costs nothing. A file that is not a readable zip is an `InputError` naming `source`.
 */
export function readCentralDirectory(bytes: Uint8Array, source: string, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const { count, offset } = findDirectory(view);
    if (count > maxEntries)
      throw new InputError(
        source,
        `the archive lists ${count} entries, over the limit of ${maxEntries} (maxEntries)`,
      );
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let index = 0; index < count; index += 1) {
      if (view.getUint32(at, true) !== CENTRAL) throw new Corrupt('bad central directory entry');
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const external = view.getUint32(at + 38, true);
      const nameStart = at + 46;
      if (nameStart + nameLength + extraLength > bytes.byteLength) throw new Corrupt('entry past the end');
      const entry: ZipEntry = {
        name: utf8.decode(bytes.subarray(nameStart, nameStart + nameLength)),
        method: view.getUint16(at + 10, true),
        encrypted: (view.getUint16(at + 8, true) & 1) === 1,
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
        unixType: view.getUint8(at + 5) === HOST_UNIX ? (external >>> 16) & 0o170000 : null,
        dosDirectory: (external & 0x10) !== 0,
      };
      zip64Sizes(view, nameStart + nameLength, extraLength, entry);
      entries.push(entry);
      at = nameStart + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch (error) {
    if (error instanceof Corrupt)
      throw new InputError(source, `not a readable zip archive (${error.message})`);
    if (error instanceof RangeError)
      throw new InputError(source, 'not a readable zip archive (truncated or corrupt)');
    throw error;
  }
}
