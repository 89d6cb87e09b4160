import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveRules } from '../core/rules/resolve-rules.js';
import type { Rules } from '../core/rules/rules.js';
import { fileRulesLoader } from './file-rules-loader.js';

/** The rules file used when `--config` is not given. */
export const DEFAULT_CONFIG = '.github/gonogo.yml';

/** The rules of `--config`, else `.github/gonogo.yml` when the repository has one, else the recommended preset. */
export function loadRules(config: string | undefined, cwd: string): Rules {
  const chosen = config ?? (existsSync(resolve(cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : 'recommended');
  return resolveRules(chosen, fileRulesLoader(cwd));
}
