import { distance } from 'fastest-levenshtein';

/** The candidate closest to `word` when it is close enough to be a plausible typo, else `null`. */
export function suggestNearest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Two edits (a transposition such as "mni" → "min" costs two), or one per three characters for long words
  // ("covrage" → "coverage"); never a distance as long as the word itself ("foo" is not a typo of "min").
  const allowed = Math.max(2, Math.floor((best?.length ?? 0) / 3));
  return best !== null && bestDistance <= allowed && bestDistance < word.length ? best : null;
}
