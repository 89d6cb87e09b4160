import { ConfigError } from '../core/errors/config-error.js';
import { getErrorMessage } from '../core/errors/get-error-message.js';
import { InputError } from '../core/errors/input-error.js';
import { suggestNearest } from '../core/rules/suggest-nearest.js';
import type { CliIo } from './cli-io.js';
import { checkCommand } from './commands/check-command.js';
import { coverageCommand } from './commands/coverage-command.js';
import { issuesCommand } from './commands/issues-command.js';
import { sastCommand } from './commands/sast-command.js';
import { todosCommand } from './commands/todos-command.js';
import { USAGE } from './usage.js';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  check: checkCommand,
  coverage: coverageCommand,
  sast: sastCommand,
  issues: issuesCommand,
  todos: todosCommand,
};

/**
 * Runs one CLI invocation and returns its exit code. User-fixable problems (bad flags, rules, inputs) print one
 * line on stderr and return 2; anything else is a bug, reported as such in one line, also 2 — never a stack
 * trace unless GONOGO_DEBUG is set, never a pass.
 */
export async function main(argv: readonly string[], io: CliIo, debug = false): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const suggestion = suggestNearest(name, Object.keys(COMMANDS));
    io.stderr(
      `gonogo: unknown command "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; see gonogo --help\n`,
    );
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError) {
      io.stderr(`gonogo: ${error.message}\n`);
    } else {
      io.stderr(
        `gonogo: internal error: ${getErrorMessage(error)} (this is a bug in gonogo; set GONOGO_DEBUG=1 for details)\n`,
      );
      if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    }
    return 2;
  }
}
