import { existsSync, readdirSync, readFileSync } from 'node:fs';

// The real reports of ../shared/corpus (present in CI), read in place: never copied into the project.

/** The corpus folder, beside the project. */
export const corpus = new URL('../../../shared/corpus/', import.meta.url);

/** Whether the corpus is there; suites that need it skip (with one notice line) when it is not. */
export const hasCorpus = existsSync(new URL('MANIFEST.tsv', corpus));

/** One notice line for a suite that skips without the corpus. */
export function noticeIfNoCorpus(suite: string): void {
  if (!hasCorpus) console.info(`${suite} corpus suite skipped: ../shared/corpus not found`);
}

/** A corpus file's text, byte-order mark removed. */
export const readCorpus = (path: string) =>
  readFileSync(new URL(path, corpus), 'utf8').replace(/^\uFEFF/, '');

/** A corpus file parsed as JSON, for the tests' own reference readings. */
export const rawCorpusJson = (path: string): unknown => JSON.parse(readCorpus(path));

/** The file names of a corpus family, sorted; none without the corpus or the family. */
export const corpusNames = (family: string): string[] =>
  hasCorpus && existsSync(new URL(`${family}/`, corpus))
    ? readdirSync(new URL(`${family}/`, corpus)).sort()
    : [];

/** The files of a corpus family as `family/name`, sorted. */
export const corpusPaths = (family: string): string[] =>
  corpusNames(family).map((name) => `${family}/${name}`);

/** MANIFEST.tsv notes by corpus path (the manifest repeats some rows; they agree). */
export function manifestNotes(): Map<string, string> {
  if (!hasCorpus) return new Map();
  const rows = readCorpus('MANIFEST.tsv').split('\n').slice(1);
  return new Map(rows.map((row) => row.split('\t')).map((cells) => [cells[0] ?? '', cells[7] ?? '']));
}
