/** Lowercased words and numbers of a text, as a multiset. Markdown escapes and zero-width spaces fall away. */
function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their word multisets (twice the shared words over
 * the words of both). `handle retries` / `handle retries with backoff` → 0.67. Two texts without words → 0.
 */
export function tokenDice(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  let shared = 0;
  let total = 0;
  for (const [token, count] of left) {
    shared += Math.min(count, right.get(token) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
