import type { ScannedTodo } from '../../src/core/model/todo.js';

/**
 * A TODO as the scanner would report it. The fingerprint stands in for the scanner's hash: keyword, normalized
 * text and occurrence, no path.
 */
export function scannedTodo(
  path: string,
  line: number,
  text: string,
  fields: Partial<ScannedTodo> = {},
): ScannedTodo {
  const keyword = fields.keyword ?? 'TODO';
  return {
    path,
    line,
    keyword,
    text,
    assignee: null,
    labels: [],
    issue: null,
    fingerprint: `${keyword}:${text.toLowerCase().replace(/\s+/g, ' ')}:0`,
    priority: null,
    body: [],
    context: { startLine: line - 1, lines: ['function f() {', `  // ${keyword}: ${text}`, '}'] },
    language: 'TypeScript',
    ...fields,
  };
}
