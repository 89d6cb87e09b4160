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
  // Allow about one edit per three characters: "mni" → "min", "covrage" → "coverage", but not "foo" → "min".
  return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}
