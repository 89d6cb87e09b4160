import { Inflate } from 'fflate';
import { getErrorMessage } from '../errors/get-error-message.js';
import { InputError } from '../errors/input-error.js';
import type { ZipEntry } from './read-central-directory.js';

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most ~1,032×, so one step can produce at most
 * ~16 MiB before the size is checked again.
 */
const STEP = 16 * 1024;

/** Thrown from inside the inflater's callback to stop it: the entry grew past what its header declared. */
class Overflow extends Error {}

/**
 * The inflated bytes of one entry, given its compressed `data`. The header's declared size is the hard cap: the
 * inflater is fed in small steps and stopped as soon as its output passes that size, so an entry whose header
 * lies (a small size in front of a bomb) costs at most one step of output and is an `InputError`, as is one that
 * inflates to less than declared or is not valid deflate data.
 */
export function inflateEntry(data: Uint8Array, entry: ZipEntry, source: string): Uint8Array {
  const fail = (reason: string) => new InputError(source, `zip entry "${entry.name}": ${reason}`);
  if (entry.method === 0) {
    if (data.length !== entry.size)
      throw fail(`stored as ${data.length} bytes, its header declares ${entry.size}`);
    return data;
  }
  const parts: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw new Overflow();
    parts.push(chunk);
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += STEP)
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    if (error instanceof Overflow)
      throw fail(`inflates past the ${entry.size} bytes its header declares (a forged size); refused`);
    throw fail(`not valid deflate data (${getErrorMessage(error)})`);
  }
  if (produced !== entry.size) throw fail(`inflates to ${produced} bytes, its header declares ${entry.size}`);
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
