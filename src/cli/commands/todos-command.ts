import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { changedLines } from '../../core/diff/changed-lines.js';
import { InputError } from '../../core/errors/input-error.js';
import { ConfigError } from '../../core/errors/config-error.js';
import { todoJson } from '../../core/todos/todo-json.js';
import { todoScanOptions } from '../../core/todos/todo-scan-options.js';
import { todosInDiff } from '../../core/todos/todos-in-diff.js';
import type { CliIo } from '../cli-io.js';
import { loadRules } from '../load-rules.js';
import { formatOption, parseCommandArgs } from '../parse-command-args.js';
import { readTextFile } from '../read-text-file.js';
import { scanDirectory } from '../todos/scan-directory.js';
import { writeOutput } from '../write-output.js';

async function requireDirectory(path: string, name: string): Promise<void> {
  try {
    if ((await stat(path)).isDirectory()) return;
  } catch {
    throw new InputError(name, 'no such directory');
  }
  throw new InputError(name, 'is a file, expected a directory');
}

/**
 * `gonogo todos [DIR] [--diff FILE] --format json`: the TODO/FIXME comments of a tree (DIR, default the current
 * directory, taken as the repository root: paths are relative to it), by path then line. With `--diff`, only those
 * on lines the diff adds. `--config` gives the keywords and the globs to leave out. `--format text` prints one
 * `path:line KEYWORD text` per TODO.
 */
export async function todosCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('todos', args, {
    format: { type: 'string' },
    out: { type: 'string' },
    config: { type: 'string' },
    diff: { type: 'string' },
  });
  const format = formatOption('todos', values.format, ['json', 'text'] as const, 'json');
  if (positionals.length > 1) throw new ConfigError('gonogo todos: give at most one directory');
  const name = positionals[0] ?? '.';
  const root = resolve(io.cwd, name);
  await requireDirectory(root, name);
  const rules = loadRules(values.config, io.cwd);
  const diff =
    values.diff === undefined
      ? null
      : changedLines(
          await readTextFile(resolve(io.cwd, values.diff), 'a unified diff', values.diff),
          values.diff,
        );
  const scan = await scanDirectory(root, todoScanOptions(rules));
  const todos = diff ? todosInDiff(scan.todos, diff) : scan.todos;
  const output =
    format === 'json'
      ? JSON.stringify({ todos: todos.map(todoJson), files: scan.files, skipped: scan.skipped }, null, 2)
      : todos
          .map((todo) => `${todo.path}:${todo.line} ${todo.keyword}${todo.text ? ` ${todo.text}` : ''}`)
          .join('\n');
  await writeOutput(io, output, values.out);
  return 0;
}
