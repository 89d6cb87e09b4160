/**
 * A percentage for people: one decimal, rounded DOWN so a value just under a threshold never displays as the
 * threshold (69.96 → "69.9 %", not "70.0 %"). `null` → "n/a". Never "NaN".
 */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const floored = Math.floor(value * 10 + 1e-9) / 10;
  return `${Number.isInteger(floored) ? floored.toFixed(0) : floored.toFixed(1)} %`;
}
