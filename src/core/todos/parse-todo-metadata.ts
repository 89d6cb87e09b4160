import type { ScannedTodo } from '../model/todo.js';

/** What `TODO(…)` says besides the text. */
export interface TodoMetadata {
  assignee: string | null;
  labels: string[];
  issue: string | null;
  priority: ScannedTodo['priority'];
}

const ASSIGNEE = /^@([A-Za-z\d](?:[A-Za-z\d-]{0,38}))$/;
const ISSUE = /^(?:#|GH-)(\d+)$/i;
const ISSUE_URL = /^https?:\/\/\S+\/(?:issues|pull)\/(\d+)$/;
const PRIORITY = /^P([0-4])$/i;
const LABEL = /^[\p{L}\p{N}][\p{L}\p{N}_./:-]{0,49}$/u;

/**
 * The metadata between the parentheses of `TODO(…)`, comma- or space-separated: `@alice` is the assignee (the
 * first one), `#123`, `GH-123` or an issue URL a reference to an existing issue, `p0`…`p4` the priority, any other
 * word a label. Words that are none of these (punctuation, over-long) are dropped.
 */
export function parseTodoMetadata(inside: string): TodoMetadata {
  const metadata: TodoMetadata = { assignee: null, labels: [], issue: null, priority: null };
  for (const word of inside.split(/[\s,;]+/)) {
    if (!word) continue;
    const assignee = ASSIGNEE.exec(word);
    if (assignee) {
      metadata.assignee ??= assignee[1] ?? null;
      continue;
    }
    const issue = ISSUE.exec(word) ?? ISSUE_URL.exec(word);
    if (issue) {
      metadata.issue ??= `#${issue[1]}`;
      continue;
    }
    const priority = PRIORITY.exec(word);
    if (priority) {
      metadata.priority ??= `P${priority[1]}` as ScannedTodo['priority'];
      continue;
    }
    if (LABEL.test(word) && !metadata.labels.includes(word)) metadata.labels.push(word);
  }
  return metadata;
}
