import { resolve } from 'node:path';
import { readTextFile } from './read-text-file.js';

/** A parser of whole texts, or a streaming reader of files (path to read, name for messages). */
export type ReportReader<T> =
  ((text: string, source: string) => T) | { stream: (path: string, name: string) => Promise<T> };

/**
 * Reads and parses files in order, each named in errors as the user wrote it: whole, or through a streaming reader
 * for formats that can be very large. The first unreadable or malformed file throws its `InputError`.
 */
export async function readReports<T>(
  files: readonly string[],
  cwd: string,
  expected: string,
  parse: ReportReader<T>,
): Promise<T[]> {
  const reports: T[] = [];
  for (const file of files) {
    const path = resolve(cwd, file);
    reports.push(
      typeof parse === 'function'
        ? parse(await readTextFile(path, expected, file), file)
        : await parse.stream(path, file),
    );
  }
  return reports;
}
