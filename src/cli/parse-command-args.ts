import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { ConfigError } from '../core/errors/config-error.js';
import { suggestNearest } from '../core/rules/suggest-nearest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `util.parseArgs` in strict mode, with its errors turned into one-line usage errors that suggest the nearest
 * option for a typo.
 */
export function parseCommandArgs<T extends Options>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown?.[1]) {
      const suggestion = suggestNearest(unknown[1].replace(/^-+/, ''), Object.keys(options));
      throw new ConfigError(
        `gonogo ${command}: unknown option ${unknown[1]}${suggestion ? ` (did you mean --${suggestion}?)` : ''}`,
      );
    }
    throw new ConfigError(`gonogo ${command}: ${message.split('\n')[0]}`);
  }
}

/** A `--format` value, checked against what the command can print. */
export function formatOption<F extends string>(
  command: string,
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new ConfigError(`gonogo ${command}: --format must be one of ${allowed.join(', ')} (got "${value}")`);
}
