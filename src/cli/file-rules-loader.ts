import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../core/errors/config-error.js';
import { EXTENDS_REPOSITORY } from '../core/rules/resolve-rules.js';
import type { RulesLoader, RulesSource } from '../core/rules/rules-source.js';
import { suggestNearest } from '../core/rules/suggest-nearest.js';

/** The `rules/` folder shipped with gonogo, found from this module whether it runs from `src/` or a bundle. */
export function presetsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(resolve(dir, 'rules', 'recommended.yml'))) return resolve(dir, 'rules');
    dir = dirname(dir);
  }
  throw new Error('gonogo presets folder (rules/) not found next to the installation');
}

/** Whether an `extends` entry names a preset (`recommended`) rather than a file (`./base.yml`). */
const isPresetName = (ref: string) => /^[a-z0-9][a-z0-9-]*$/.test(ref);

function readRules(path: string, name: string): string {
  try {
    if (statSync(path).isDirectory()) throw new ConfigError(`${name}: is a directory, expected a rules file`);
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`,
    );
  }
}

/**
 * Loads rules from the file system: bare names are presets from gonogo's `rules/` folder, anything else is a path
 * relative to the file that extends it (the root config is relative to `cwd`).
 */
export function fileRulesLoader(cwd: string): RulesLoader {
  return (ref: string, from: RulesSource | null): RulesSource => {
    if (ref.startsWith(EXTENDS_REPOSITORY))
      throw new ConfigError(
        "another repository's rules are read by the gonogo App only; here use `extends:` with a preset or a file path",
      );
    const base = from && !from.id.startsWith('preset:') ? dirname(from.id) : from ? presetsDir() : cwd;
    const asPath = resolve(base, ref);
    if (isPresetName(ref) && !(from === null && existsSync(asPath))) {
      const dir = presetsDir();
      const available = readdirSync(dir)
        .filter((file) => file.endsWith('.yml'))
        .map((file) => file.replace(/\.yml$/, ''));
      if (!available.includes(ref)) {
        const suggestion = suggestNearest(ref, available);
        throw new ConfigError(
          `unknown preset "${ref}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; presets: ${available.join(', ')}; a file path needs a "/" or an extension`,
        );
      }
      const path = resolve(dir, `${ref}.yml`);
      return { id: `preset:${ref}`, name: `preset ${ref}`, text: readRules(path, `preset ${ref}`) };
    }
    const name = relative(cwd, asPath) || asPath;
    return { id: asPath, name, text: readRules(asPath, name) };
  };
}
