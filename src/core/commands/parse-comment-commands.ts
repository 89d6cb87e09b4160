import { InputError } from '../errors/input-error.js';
import { inlineCode } from '../report/escape-markdown.js';
import type { Command, CommandError, CommentCommands } from './command.js';
import { commandLines, type ProseLine } from './command-lines.js';
import { parseCommandLine } from './parse-command-line.js';

/** A line that may hold a command, as written: `/gonogo` first (after spaces), as a word of its own. */
const CANDIDATE = /^[ \t]*\/gonogo(?=\s|$)/i;

/**
 * Longest comment read for commands. Parsing is linear once the quadratic constructs are off, but slow enough
 * (a 65 536-character table, GitHub's longest comment, takes over 2 s) that a hostile comment could stall the App.
 */
const MAX_BODY_LENGTH = 20_000;

/** Commands of the same key repeat one another: one per kind, and one waive per gate. */
function keyOf(command: Command): string {
  return command.kind === 'waive' ? `waive ${command.gate}` : command.kind;
}

/** How a command is named in a "repeated" error. */
function nameOf(command: Command): string {
  if (command.kind === 'waive') return `/gonogo waive ${command.gate}`;
  return command.kind === 'evaluate' ? '/gonogo' : `/gonogo ${command.kind}`;
}

/**
 * The `/gonogo` commands of a pull-request comment (untrusted markdown), for the App to run, and the malformed ones
 * for it to answer. A command is a line of the comment's own prose that begins with `/gonogo` (case-insensitive):
 * lines in block quotes (quoted replies), code blocks, inline code, HTML comments, lists and tables are not
 * commands. `today` (`YYYY-MM-DD`) checks `until` dates; `gates`, when given, are the rules' gate ids a waiver may
 * name.
 *
 * Comments longer than 20 000 characters or nested more than 50 levels deep are not read: when they seem to hold a
 * command, the one error says why.
 *
 * Each command counts once: a repeat (same kind, or a waiver for the same gate) is dropped with an error, so the
 * author learns that only the first counted. Waivers for different gates may share a comment.
 */
export function parseCommentCommands(
  body: string,
  options: { today: string; gates?: readonly string[] },
): CommentCommands {
  const source = body.split(/\r\n|\r|\n/);
  // Most comments hold no command: they are never parsed.
  const candidate = source.findIndex((line) => CANDIDATE.test(line));
  if (candidate === -1) return { commands: [], errors: [] };
  const refuse = (message: string): CommentCommands => ({
    commands: [],
    errors: [{ line: candidate + 1, message }],
  });
  if (body.length > MAX_BODY_LENGTH) {
    return refuse(
      `this comment is too long to read commands from (over ${MAX_BODY_LENGTH} characters); write the command in a comment of its own`,
    );
  }
  let lines: ProseLine[];
  try {
    lines = commandLines(body);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return refuse('this comment is nested too deeply to read commands from');
  }
  const commands: Command[] = [];
  const errors: CommandError[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, text, startsWithText } of lines) {
    // The source line must begin with `/gonogo` too: `\/gonogo` and `&#47;gonogo` are ways to write it as text.
    if (!startsWithText || !CANDIDATE.test(source[line - 1] ?? '')) continue;
    const parsed = parseCommandLine(text, options);
    if (parsed === null) continue;
    if ('problem' in parsed) {
      errors.push({ line, message: parsed.problem });
      continue;
    }
    const key = keyOf(parsed);
    const first = firstLine.get(key);
    if (first !== undefined) {
      errors.push({
        line,
        message: `${inlineCode(nameOf(parsed))} is repeated; only the first one (line ${first}) counts`,
      });
      continue;
    }
    firstLine.set(key, line);
    commands.push(parsed);
  }
  return { commands, errors };
}
