import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/cli/load-rules.js';
import { ConfigError } from '../../src/core/errors/config-error.js';
import { createGithubClient } from '../../src/github/create-github-client.js';
import { readRepositoryRules } from '../../src/github/read-repository-rules.js';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const API = 'https://api.github.com';
const client = () =>
  createGithubClient({ token: 'test', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false });
const file = (text: string) => ({
  type: 'file',
  encoding: 'base64',
  content: Buffer.from(text).toString('base64'),
});
const contents = (repo: string, path: string) => `/repos/${repo}/contents/${encodeURIComponent(path)}`;

afterEach(() => nock.cleanAll());

describe('readRepositoryRules', () => {
  it('uses the recommended preset when the repository has no .github/gonogo.yml', async () => {
    const scope = nock(API)
      .get(contents('octo/shop', '.github/gonogo.yml'))
      .reply(404, { message: 'Not Found' });
    const { rules, sources } = await readRepositoryRules(client(), { owner: 'octo', repo: 'shop' });
    expect(scope.isDone()).toBe(true);
    expect(sources.join(' ')).toMatch(/recommended/);
    expect(rules.gates.map((gate) => gate.id)).toContain('coverage-overall');
    expect(rules.app).toEqual({ workflows: [], artifacts: [], timeoutMinutes: 60 });
  });

  it("follows _extends to the organization's .github repository, the local file overriding it", async () => {
    const scope = nock(API)
      .get(contents('octo/shop', '.github/gonogo.yml'))
      .reply(
        200,
        file('_extends: .github\napp:\n  workflows: [CI]\ngates:\n  - id: cov\n    coverage: { min: 80 }\n'),
      )
      .get(contents('octo/.github', '.github/gonogo.yml'))
      .reply(
        200,
        file(
          'extends: recommended\napp:\n  timeout-minutes: 30\n  artifacts: ["coverage-*"]\ngates:\n  - id: cov\n    coverage: { min: 60 }\n',
        ),
      );
    const { rules, sources } = await readRepositoryRules(client(), { owner: 'octo', repo: 'shop' });
    expect(scope.isDone()).toBe(true);
    expect(rules.gates.find((gate) => gate.id === 'cov')?.check).toMatchObject({ min: 80 });
    expect(rules.gates.map((gate) => gate.id)).toContain('sast-no-high');
    expect(rules.app).toEqual({ workflows: ['CI'], artifacts: ['coverage-*'], timeoutMinutes: 30 });
    expect(sources.join(' → ')).toMatch(
      /octo\/\.github:\.github\/gonogo\.yml.*octo\/shop:\.github\/gonogo\.yml/,
    );
  });

  it('follows owner/repo:path and file extends relative to the extending file', async () => {
    const scope = nock(API)
      .get(contents('octo/shop', '.github/gonogo.yml'))
      .reply(200, file('_extends: platform/policies:gates/base.yml\n'))
      .get(contents('platform/policies', 'gates/base.yml'))
      .reply(200, file('extends: ./strict.yml\n'))
      .get(contents('platform/policies', 'gates/strict.yml'))
      .reply(200, file('gates:\n  - id: no-high\n    sast: { severity: high, max: 0 }\n'));
    const { rules } = await readRepositoryRules(client(), { owner: 'octo', repo: 'shop' });
    expect(scope.isDone()).toBe(true);
    expect(rules.gates.map((gate) => gate.id)).toEqual(['no-high']);
  });

  it('refuses a cycle, naming the chain', async () => {
    nock(API)
      .get(contents('octo/shop', '.github/gonogo.yml'))
      .reply(200, file('_extends: other\n'))
      .get(contents('octo/other', '.github/gonogo.yml'))
      .reply(200, file('_extends: shop\n'));
    await expect(readRepositoryRules(client(), { owner: 'octo', repo: 'shop' })).rejects.toThrow(
      /extends cycle: octo\/shop:\.github\/gonogo\.yml → octo\/other:\.github\/gonogo\.yml → octo\/shop/,
    );
  });

  it('a missing _extends target is a located configuration error', async () => {
    nock(API)
      .get(contents('octo/shop', '.github/gonogo.yml'))
      .reply(200, file('gates: []\n_extends: octo/gone\n'))
      .get(contents('octo/gone', '.github/gonogo.yml'))
      .reply(404, { message: 'Not Found' });
    const error = await readRepositoryRules(client(), { owner: 'octo', repo: 'shop' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'octo/shop:.github/gonogo.yml:2:11: _extends: octo/gone:.github/gonogo.yml: no such file',
    );
  });

  it('a YAML error in the extended file names that file and line', async () => {
    nock(API)
      .get(contents('octo/shop', '.github/gonogo.yml'))
      .reply(200, file('_extends: .github\n'))
      .get(contents('octo/.github', '.github/gonogo.yml'))
      .reply(200, file('gates:\n  - id: a\n    coverage: { min: 60\n'));
    await expect(readRepositoryRules(client(), { owner: 'octo', repo: 'shop' })).rejects.toThrow(
      /^octo\/\.github:\.github\/gonogo\.yml:\d+/,
    );
  });

  it('an invalid app section is a located error', async () => {
    nock(API)
      .get(contents('octo/shop', '.github/gonogo.yml'))
      .reply(200, file('app:\n  timeout-minutes: 0\n'));
    await expect(readRepositoryRules(client(), { owner: 'octo', repo: 'shop' })).rejects.toThrow(
      /^octo\/shop:\.github\/gonogo\.yml:2:\d+: app\.timeout-minutes/,
    );
  });
});

describe('_extends outside the App', () => {
  it('the CLI and the Action refuse it at its place, saying what to use instead', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonogo-extends-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'gonogo.yml'), 'gates: []\n_extends: .github\n');
    expect(() => loadRules(undefined, dir)).toThrow(
      ".github/gonogo.yml:2:11: _extends: another repository's rules are read by the gonogo App only; here use `extends:` with a preset or a file path",
    );
  });
});
