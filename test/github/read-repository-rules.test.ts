import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors/config-error.js';
import { createGithubClient } from '../../src/github/create-github-client.js';
import { GitHubApiError } from '../../src/github/github-api-error.js';
import { readRepositoryRules } from '../../src/github/read-repository-rules.js';

const API = 'https://api.github.com';
const RULES = '.github/gonogo.yml';

const client = () =>
  createGithubClient({ token: 'test', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false });
const file = (text: string) => ({
  type: 'file',
  encoding: 'base64',
  content: Buffer.from(text).toString('base64'),
});
const contents = (repo: string, path = RULES) => `/repos/${repo}/contents/${encodeURIComponent(path)}`;
const read = (ref?: string) =>
  readRepositoryRules(client(), { owner: 'octo', repo: 'shop', ...(ref ? { ref } : {}) });
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('resolved without error');
    },
    (error: unknown) => error as Error,
  );

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('readRepositoryRules', () => {
  it('uses the recommended preset when the repository has no .github/gonogo.yml, and says so', async () => {
    const scope = nock(API).get(contents('octo/shop')).reply(404, { message: 'Not Found' });
    const { rules, sources } = await read();
    expect(scope.isDone()).toBe(true);
    expect(sources).toEqual(['preset recommended (octo/shop has no .github/gonogo.yml)']);
    expect(rules.gates.map((gate) => gate.id)).toContain('coverage-overall');
    expect(rules.app).toEqual({ workflows: [], artifacts: [], timeoutMinutes: 60 });
  });

  it('reads the file at the ref asked for, over the preset it extends, with the app: defaults', async () => {
    const scope = nock(API)
      .get(contents('octo/shop'))
      .query({ ref: 'release' })
      .reply(
        200,
        file(
          'extends: recommended\napp:\n  workflows: [.github/workflows/ci.yml]\ngates:\n  - id: coverage-overall\n    coverage: { min: 90 }\n',
        ),
      );
    const { rules, sources } = await read('release');
    expect(scope.isDone()).toBe(true);
    expect(sources).toEqual(['preset recommended', 'octo/shop:.github/gonogo.yml']);
    expect(rules.gates.find((gate) => gate.id === 'coverage-overall')?.check).toMatchObject({ min: 90 });
    expect(rules.gates.map((gate) => gate.id)).toContain('sast-no-high');
    expect(rules.app).toEqual({ workflows: ['.github/workflows/ci.yml'], artifacts: [], timeoutMinutes: 60 });
  });

  it("follows _extends to the organization's .github repository, the local file overriding it", async () => {
    const scope = nock(API)
      .get(contents('octo/shop'))
      .reply(
        200,
        file('_extends: .github\napp:\n  workflows: [CI]\ngates:\n  - id: cov\n    coverage: { min: 80 }\n'),
      )
      .get(contents('octo/.github'))
      .reply(
        200,
        file(
          'extends: recommended\napp:\n  timeout-minutes: 30\n  artifacts: ["coverage-*"]\ngates:\n  - id: cov\n    coverage: { min: 60 }\n',
        ),
      );
    const { rules, sources } = await read();
    expect(scope.isDone()).toBe(true);
    expect(rules.gates.find((gate) => gate.id === 'cov')?.check).toMatchObject({ min: 80 });
    expect(rules.gates.map((gate) => gate.id)).toContain('sast-no-high');
    expect(rules.app).toEqual({ workflows: ['CI'], artifacts: ['coverage-*'], timeoutMinutes: 30 });
    expect(sources).toEqual([
      'preset recommended',
      'octo/.github:.github/gonogo.yml',
      'octo/shop:.github/gonogo.yml',
    ]);
  });

  it('follows owner/repo:path, then file extends relative to the extending file and from the root', async () => {
    const scope = nock(API)
      .get(contents('octo/shop'))
      .reply(200, file('_extends: platform/policies:gates/base.yml\n'))
      .get(contents('platform/policies', 'gates/base.yml'))
      .reply(200, file('extends: [./strict.yml, /shared/modules.yml]\n'))
      .get(contents('platform/policies', 'gates/strict.yml'))
      .reply(200, file('gates:\n  - id: no-high\n    sast: { severity: high, max: 0 }\n'))
      .get(contents('platform/policies', 'shared/modules.yml'))
      .reply(200, file('modules:\n  core: { paths: ["src/core/**"] }\n'));
    const { rules, sources } = await read();
    expect(scope.isDone()).toBe(true);
    expect(rules.gates.map((gate) => gate.id)).toEqual(['no-high']);
    expect(Object.keys(rules.modules)).toEqual(['core']);
    expect(sources).toEqual([
      'platform/policies:gates/strict.yml',
      'platform/policies:shared/modules.yml',
      'platform/policies:gates/base.yml',
      'octo/shop:.github/gonogo.yml',
    ]);
  });

  it('refuses a cycle, naming the chain', async () => {
    const scope = nock(API)
      .get(contents('octo/shop'))
      .reply(200, file('_extends: other\n'))
      .get(contents('octo/other'))
      .reply(200, file('_extends: shop\n'));
    const error = await failureOf(read());
    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      'octo/other:.github/gonogo.yml:1:11: extends cycle: octo/shop:.github/gonogo.yml → octo/other:.github/gonogo.yml → octo/shop:.github/gonogo.yml',
    );
  });

  it('a missing _extends target is a configuration error at the key, naming the target', async () => {
    const scope = nock(API)
      .get(contents('octo/shop'))
      .reply(200, file('gates: []\n_extends: octo/gone\n'))
      .get(contents('octo/gone'))
      .reply(404, { message: 'Not Found' });
    const error = await failureOf(read());
    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      'octo/shop:.github/gonogo.yml:2:11: _extends: octo/gone:.github/gonogo.yml: no such file (or the App is not installed on octo/gone)',
    );
  });

  it('a YAML error in the extended file names that file and line', async () => {
    const scope = nock(API)
      .get(contents('octo/shop'))
      .reply(200, file('_extends: .github\n'))
      .get(contents('octo/.github'))
      .reply(200, file('gates:\n  - id: a\n    coverage: { min: 60\n'));
    const error = await failureOf(read());
    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^octo\/\.github:\.github\/gonogo\.yml:4:1: invalid YAML: /);
  });

  it('an invalid app section is a located error', async () => {
    const scope = nock(API).get(contents('octo/shop')).reply(200, file('app:\n  timeout-minutes: 0\n'));
    const error = await failureOf(read());
    expect(scope.isDone()).toBe(true);
    expect(error.message).toMatch(/^octo\/shop:\.github\/gonogo\.yml:2:20: app\.timeout-minutes: /);
  });

  it('stops five files away, naming the file it would not read', async () => {
    const scope = nock(API);
    for (let hop = 0; hop <= 5; hop++)
      scope
        .get(contents(hop === 0 ? 'octo/shop' : `octo/r${hop}`))
        .reply(200, file(`_extends: r${hop + 1}\n`));
    const error = await failureOf(read());
    expect(scope.isDone()).toBe(true);
    expect(error.message).toBe(
      'octo/r5:.github/gonogo.yml:1:11: _extends: octo/r6:.github/gonogo.yml: more than 5 levels of extends',
    );
  });

  it('a rules file over the contents API limit is a configuration error naming it', async () => {
    const scope = nock(API)
      .get(contents('octo/shop'))
      .reply(200, { type: 'file', encoding: 'none', content: '', size: 2_000_000 });
    const error = await failureOf(read());
    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('octo/shop:.github/gonogo.yml: too large to read through the API (over 1 MB)');
  });

  it('an API refusal is a GitHubApiError saying what the token lacks', async () => {
    const scope = nock(API)
      .get(contents('octo/shop'))
      .reply(403, { message: 'Resource not accessible by integration' });
    const error = await failureOf(read());
    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.message).toMatch(
      /^GitHub API: 403 on octo\/shop repository contents: the token may not read its contents/,
    );
  });
});
