import type { RepositoryIndex } from './repository-index.js';

/** Path components both paths end with. */
function commonTail(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  while (count < a.length && count < b.length && a[a.length - 1 - count] === b[b.length - 1 - count]) count++;
  return count;
}

/**
 * Guesses the `before::after` mapping that turns unresolved report paths into repository paths: for the first
 * unresolved path whose file name exists in the repository, the parts before the longest shared tail.
 * `/ci/checkout/lib/a.ts` with `src/lib/a.ts` in the repository gives `/ci/checkout/::src/`.
 */
export function suggestPathMapping(
  unresolved: readonly string[],
  repository: RepositoryIndex,
): string | null {
  for (const path of unresolved) {
    const parts = path.split('/');
    const name = parts.at(-1) ?? '';
    let best: { tail: number; file: string } | null = null;
    for (const file of repository.endingWith(name)) {
      const tail = commonTail(parts, file.split('/'));
      if (!best || tail > best.tail) best = { tail, file };
    }
    if (!best || best.tail === parts.length) continue;
    const before = parts.slice(0, parts.length - best.tail).join('/');
    const fileParts = best.file.split('/');
    const after = fileParts.slice(0, fileParts.length - best.tail).join('/');
    return `${before}/::${after === '' ? '' : `${after}/`}`;
  }
  return null;
}
