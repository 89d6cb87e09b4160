import { resolve } from 'node:path';
import { readTextFile } from './read-text-file.js';

/**
 * Reads and parses files in order, each named in errors as the user wrote it. The first unreadable or malformed
 * file throws its `InputError`.
 */
export async function readReports<T>(
  files: readonly string[],
  cwd: string,
  expected: string,
  parse: (text: string, source: string) => T,
): Promise<T[]> {
  const reports: T[] = [];
  for (const file of files) reports.push(parse(await readTextFile(resolve(cwd, file), expected, file), file));
  return reports;
}
