import { createHash } from 'node:crypto';

/** The text as identity sees it: whitespace collapsed, trailing punctuation dropped. Case is kept. */
export const normalizeTodoText = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!…]+$/u, '');

/**
 * A TODO's identity: keyword, normalized text and the occurrence index among identical TODOs of the same file
 * (the second `TODO: retry` of a file is another TODO than the first). Neither the path nor the line: a TODO that
 * moves down a file or to another file keeps its fingerprint. 16 hex digits of SHA-256.
 */
export function todoFingerprint(keyword: string, text: string, occurrence: number): string {
  return createHash('sha256')
    .update(`${keyword}\0${normalizeTodoText(text)}\0${occurrence}`)
    .digest('hex')
    .slice(0, 16);
}
