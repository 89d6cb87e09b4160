import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileRulesLoader } from '../../src/cli/file-rules-loader.js';
import { ConfigError } from '../../src/core/errors/config-error.js';
import { resolveRules } from '../../src/core/rules/resolve-rules.js';

const fixtures = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));
const load = (file: string) => resolveRules(file, fileRulesLoader(fixtures));
const errorOf = (file: string): string => {
  try {
    load(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`${file} loaded without error`);
};
const REFUSAL =
  "_extends: another repository's rules are read by the gonogo App only; here use `extends:` with a preset or a file path";

describe('_extends in the CLI and the Action', () => {
  it('is refused at its place, saying what to use instead', () => {
    expect(errorOf('rules-underscore-extends.yml')).toBe(`rules-underscore-extends.yml:2:11: ${REFUSAL}`);
  });

  it('is refused in an extended file too, naming that file', () => {
    expect(errorOf('rules-extends-underscore-extends.yml')).toBe(
      `rules-underscore-extends.yml:2:11: ${REFUSAL}`,
    );
  });

  it('must be repo, owner/repo or owner/repo:path wherever it is read', () => {
    expect(errorOf('rules-bad-underscore-extends.yml')).toBe(
      'rules-bad-underscore-extends.yml:2:11: _extends: expected repo, owner/repo or owner/repo:path/to/file.yml',
    );
  });
});

describe('app: section', () => {
  it('defaults to every workflow, every artifact and 60 minutes', () => {
    expect(load('recommended').app).toEqual({ workflows: [], artifacts: [], timeoutMinutes: 60 });
  });

  it('merges key by key over what it extends', () => {
    expect(load('rules-app.yml').app).toEqual({
      workflows: ['CI', '.github/workflows/sast.yml'],
      artifacts: [],
      timeoutMinutes: 15,
    });
  });

  it('refuses a timeout that is not a positive number of minutes, at the value', () => {
    expect(errorOf('rules-app-bad-timeout.yml')).toMatch(
      /^rules-app-bad-timeout\.yml:4:20: app\.timeout-minutes: Too small: expected number to be >0/,
    );
  });

  it('names an unknown key with the nearest valid one', () => {
    expect(errorOf('rules-app-unknown-key.yml')).toBe(
      'rules-app-unknown-key.yml:3:3: app: unknown key "workflow" (did you mean "workflows"?)',
    );
  });
});
