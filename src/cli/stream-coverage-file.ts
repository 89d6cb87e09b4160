import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { HEAD_LENGTH, openCoverageStream, parseCoverage } from '../core/coverage/parse-coverage.js';
import type { CoverageStream } from '../core/coverage/coverage-parser.js';
import { InputError } from '../core/errors/input-error.js';
import type { CoverageReport } from '../core/model/coverage.js';
import { stripBom } from '../core/text/strip-bom.js';

/** Reports larger than this are refused rather than read for minutes. */
const MAX_BYTES = 2 * 1024 * 1024 * 1024;
const CHUNK = 1024 * 1024;

/**
 * Reads a coverage report in 1 MB chunks, so peak memory stays near the size of the parsed data rather than twice
 * the file: the format is detected from the first 8 KB, then the chunks go to the parser's stream. Errors name the
 * file as the user wrote it (`name`).
 */
export async function streamCoverageFile(path: string, name: string): Promise<CoverageReport> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(name, 'is a directory, expected a coverage report');
    if (info.size > MAX_BYTES)
      throw new InputError(name, `too large (${Math.round(info.size / 1048576)} MB; limit 2048 MB)`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(name, `${reason} (expected a coverage report)`);
  }
  let head = '';
  let stream: CoverageStream | null = null;
  try {
    for await (const chunk of createReadStream(path, {
      encoding: 'utf8',
      highWaterMark: CHUNK,
    }) as AsyncIterable<string>) {
      if (stream) {
        stream.write(chunk);
        continue;
      }
      head += chunk;
      if (head.length < HEAD_LENGTH) continue;
      stream = open(head, name);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, `cannot read: ${(error as Error).message}`);
  }
  if (!stream) return parseCoverage(checked(head, name), name);
  return stream.end();
}

/** Refuses binary content before any parser sees it. */
function checked(head: string, name: string): string {
  if (head.slice(0, HEAD_LENGTH).includes('\0'))
    throw new InputError(name, 'binary file, expected a coverage report');
  return head;
}

function open(head: string, name: string): CoverageStream {
  const text = stripBom(checked(head, name));
  const stream = openCoverageStream(text, name);
  stream.write(text);
  return stream;
}
