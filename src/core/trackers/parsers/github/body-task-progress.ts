const TASK = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]|$)/;
const FENCE = /^[ \t>]*(`{3,}|~{3,})/;

/**
 * The task list of an issue body (`- [ ]`, `- [x]`), which GitHub shows as "2 of 5 tasks" on the issue: how many
 * are checked, of how many. Fenced code is skipped, since templates quote task lists in examples. `null` when the
 * body has no task list.
 */
export function bodyTaskProgress(body: string | null): { done: number; total: number } | null {
  if (body === null) return null;
  let done = 0;
  let total = 0;
  let fence: string | null = null;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const mark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      continue;
    }
    if (mark !== undefined) {
      fence = mark;
      continue;
    }
    const task = TASK.exec(line);
    if (!task) continue;
    total++;
    if (task[1] !== ' ') done++;
  }
  return total === 0 ? null : { done, total };
}
