import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/errors/input-error.js';
import type { CliIo } from './cli-io.js';

/** Prints to stdout, or writes to `--out FILE` (one clear error if it cannot). */
export async function writeOutput(io: CliIo, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, out), text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    throw new InputError(out, `cannot write the report: ${(error as Error).message}`);
  }
}
