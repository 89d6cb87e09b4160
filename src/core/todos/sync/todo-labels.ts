import type { ScannedTodo } from '../../model/todo.js';

/** GitHub refuses a label name longer than 50 characters. */
const MAX_LABEL = 50;

/**
 * The labels a TODO's issue carries: the tracking label first (the sync lists issues by it), then the configured
 * ones, the TODO's own (`TODO(perf)`) and its priority (`P1`). Trimmed, cut to GitHub's 50 characters, without
 * duplicates (GitHub compares label names case-insensitively, so does this).
 */
export function todoLabels(
  todo: ScannedTodo,
  trackingLabel: string,
  configured: readonly string[],
): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const raw of [trackingLabel, ...configured, ...todo.labels, todo.priority ?? '']) {
    const label = Array.from(raw.replace(/\s+/g, ' ').trim()).slice(0, MAX_LABEL).join('').trim();
    if (label === '' || seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    labels.push(label);
  }
  return labels;
}
