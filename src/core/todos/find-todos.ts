import type { ScannedTodo } from '../model/todo.js';
import type { Language } from './language-of.js';
import { lexComments } from './lex-comments.js';
import { parseTodoMetadata } from './parse-todo-metadata.js';
import { normalizeTodoText, todoFingerprint } from './todo-fingerprint.js';
import { todoMatcher } from './todo-matcher.js';
import type { TodoOptions } from './todo-options.js';

/** Lines of code shown around a TODO in its issue, on each side. */
const CONTEXT = 3;

const METADATA = /^\s*\(([^()]*)\)/;
const SEPARATOR = /^\s*(?:[:\-–—]\s*)?/u;
/** Closers a lexer may leave when a comment ends on the keyword's line. */
const CLOSER = /\s*(?:\*\/|-->|\*\)|-\}|#\]|\|#|=#|\]\])\s*$/;

const matchers = new WeakMap<TodoOptions, ReturnType<typeof todoMatcher>>();
const matcherFor = (options: TodoOptions) => {
  let matcher = matchers.get(options);
  if (!matcher) matchers.set(options, (matcher = todoMatcher(options)));
  return matcher;
};

/**
 * The TODOs in one file's comments — never in strings or code. A TODO is the keyword, its metadata
 * (`TODO(@alice, p1, perf): …`, see `parseTodoMetadata`), the text after it on its line, and as body the
 * following lines of the same comment up to a blank line or the next TODO. A keyword with no text on its line
 * takes the first body line as its text. Fingerprints number identical TODOs of the file in line order.
 */
export function findTodos(
  path: string,
  text: string,
  language: Language,
  options: TodoOptions,
): ScannedTodo[] {
  const match = matcherFor(options);
  const todos: ScannedTodo[] = [];
  let fileLines: string[] | undefined;
  const occurrences = new Map<string, number>();
  for (const comment of lexComments(text, language.syntax)) {
    const { lines } = comment;
    for (let index = 0; index < lines.length; index += 1) {
      const start = match(lines[index] ?? '');
      if (!start) continue;
      let rest = start.rest;
      const metadataMatch = METADATA.exec(rest);
      const metadata = parseTodoMetadata(metadataMatch?.[1] ?? '');
      if (metadataMatch) rest = rest.slice(metadataMatch[0].length);
      rest = rest.replace(SEPARATOR, '').replace(CLOSER, '').trim();
      const body: string[] = [];
      let next = index + 1;
      for (; next < lines.length; next += 1) {
        const line = (lines[next] ?? '').replace(CLOSER, '').trim();
        if (line === '' || match(lines[next] ?? '')) break;
        body.push(line);
      }
      if (rest === '' && body.length) rest = body.shift() ?? '';
      const key = `${start.keyword}\0${normalizeTodoText(rest)}`;
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      fileLines ??= text.split(/\r\n|\r|\n/);
      const line = comment.line + index;
      const first = Math.max(1, line - CONTEXT);
      todos.push({
        path,
        line,
        keyword: start.keyword,
        text: rest,
        assignee: metadata.assignee,
        labels: metadata.labels,
        issue: metadata.issue,
        fingerprint: todoFingerprint(start.keyword, rest, occurrence),
        priority: metadata.priority,
        body,
        context: { startLine: first, lines: fileLines.slice(first - 1, line + CONTEXT) },
        language: language.name,
      });
      index = next - 1;
    }
  }
  return todos;
}
