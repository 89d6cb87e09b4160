/**
 * Done and total task-list items (`- [ ]`, `* [x]`, `1. [X]`) of a markdown description, outside fenced code,
 * as GitLab counts them for an issue's "n of m tasks completed"; inapplicable items (`[~]`) count in neither.
 * `null` when there is none.
 */
export function countTaskList(markdown: string | null): { done: number; total: number } | null {
  if (markdown === null) return null;
  let fence: string | null = null;
  let done = 0;
  let total = 0;
  for (const line of markdown.split(/\r?\n/)) {
    const mark = /^[ \t>]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      continue;
    }
    if (mark) {
      fence = mark;
      continue;
    }
    const box = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]|$)/.exec(line)?.[1];
    if (box === undefined) continue;
    total += 1;
    if (box !== ' ') done += 1;
  }
  return total === 0 ? null : { done, total };
}
