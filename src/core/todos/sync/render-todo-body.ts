import type { ScannedTodo } from '../../model/todo.js';
import { escapeMarkdown, inlineCode } from '../../report/escape-markdown.js';
import { blobPermalink } from './blob-permalink.js';
import { fencedCode } from './fenced-code.js';

/** The repository and commit the permalink points into. */
export interface TodoSite {
  serverUrl: string;
  owner: string;
  repo: string;
  /** The commit scanned: the permalink shows the TODO as it was then. */
  sha: string;
}

// Bounds that keep a body far below GitHub's 65,536 characters whatever the comment holds.
const MAX_BODY_LINES = 40;
const MAX_CONTEXT_LINES = 40;
const MAX_LINE = 1000;
const MAX_CODE_LINE = 300;

const cut = (text: string, max: number) => {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
};

/** One line of prose from the comment, escaped; a blank line stays blank (a paragraph break). */
const proseLine = (line: string) => (line.trim() === '' ? '' : cut(escapeMarkdown(line), MAX_LINE));

/**
 * The issue body of a TODO, below its marker line: where it is (a permalink at the scanned commit), its text and
 * the following lines of the comment as escaped markdown (no mention, no HTML, no link from the code), the code
 * around in a fenced block nothing can close, and a note saying the issue follows the code.
 */
export function renderTodoBody(todo: ScannedTodo, site: TodoSite): string {
  const link = blobPermalink({ ...site, path: todo.path, line: todo.line });
  const where = `${inlineCode(todo.keyword)} in [${inlineCode(todo.path)} line ${todo.line}](${link})`;
  const prose = [todo.text, ...todo.body.slice(0, MAX_BODY_LINES)]
    .map(proseLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const sections = [where];
  if (prose) sections.push(prose);
  const code = todo.context.lines.slice(0, MAX_CONTEXT_LINES).map((line) => cut(line, MAX_CODE_LINE));
  if (code.some((line) => line.trim() !== '')) sections.push(fencedCode(code, todo.language));
  sections.push(
    '<sub>Opened by gonogo from a comment in the code: edit the comment, not this issue. ' +
      'The issue is closed when the comment leaves the default branch.</sub>',
  );
  return sections.join('\n\n');
}
