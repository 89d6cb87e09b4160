import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import nock from 'nock';
import type { Probot } from 'probot';
import { create } from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGonogoApp } from '../../src/app/app.js';
import { FakeAppGitHub } from './fake-app-github.js';
import { testProbot } from './webhook-support.js';

const MAIN = 'd4'.repeat(20);
const HEAD = 'a1'.repeat(20);
const push = JSON.parse(
  readFileSync(new URL('../fixtures/app/push.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** A commit archive as GitHub serves it: a `.tar.gz` whose top folder is `owner-repo-sha/`. */
function tarball(files: Record<string, string>, sha = MAIN): Uint8Array {
  const work = mkdtempSync(join(tmpdir(), 'gonogo-tarball-'));
  const top = `octo-org-shop-${sha.slice(0, 7)}`;
  mkdirSync(join(work, top));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, top, path)), { recursive: true });
    writeFileSync(join(work, top, path), text);
  }
  const file = join(work, 'archive.tar.gz');
  create({ gzip: true, cwd: work, file, sync: true, portable: true }, [top]);
  return readFileSync(file);
}

let github: FakeAppGitHub;
let probot: Probot;
let logs: string[];

beforeEach(async () => {
  nock.disableNetConnect();
  github = new FakeAppGitHub({
    owner: 'octo-org',
    repo: 'shop',
    files: { 'octo-org/shop:.github/gonogo.yml': 'todos:\n  issues: on\n  labels: [tech-debt]\n' },
    tree: ['src/a.ts'],
    // No workflow: a pull request is judged at once, on what the App reads itself.
    workflows: 0,
    tarballs: {
      [MAIN]: tarball({
        'src/a.ts': 'export const a = 1; // TODO(@alice): read the limit from the config\n',
        'lib/b.py': 'def b():\n    """FIXME: handle None"""\n    return "TODO: not a comment"\n',
        'node_modules/x/index.js': '// TODO: vendored, never an issue\n',
      }),
    },
  });
  github.start();
  logs = [];
  probot = testProbot(logs);
  await probot.load(createGonogoApp({ now: () => new Date('2026-12-07T10:00:00Z'), appId: 1 }));
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('the App on a push to the default branch, with todos.issues: on', () => {
  it('opens one issue per TODO of the pushed commit, and none again on a redelivery', async () => {
    await probot.receive({ id: 'push-1', name: 'push', payload: push } as never);
    expect(github.calls()).toContain(`GET /repos/octo-org/shop/tarball/${MAIN}`);
    expect(github.issues.map((issue) => issue.title)).toEqual([
      'FIXME: handle None',
      'TODO: read the limit from the config',
    ]);
    expect(github.issues[1]).toMatchObject({
      labels: expect.arrayContaining([{ name: 'todo' }, { name: 'tech-debt' }]),
      assignees: [{ login: 'alice' }],
    });
    expect(String(github.issues[1]?.body)).toContain(
      `https://github.com/octo-org/shop/blob/${MAIN}/src/a.ts#L1`,
    );

    const before = github.requests.length;
    await probot.receive({ id: 'push-1', name: 'push', payload: push } as never);
    const issueWrites = github.writes(before).filter((call) => call.includes('/issues'));
    expect(issueWrites).toEqual([]);
    expect(github.issues).toHaveLength(2);
  });

  it('leaves issues alone when the rules do not ask for them', async () => {
    github.files['octo-org/shop:.github/gonogo.yml'] = 'todos:\n  labels: [tech-debt]\n';
    await probot.receive({ id: 'push-2', name: 'push', payload: push } as never);
    expect(github.calls().some((call) => call.includes('/tarball/'))).toBe(false);
    expect(github.issues).toEqual([]);
  });

  it('never reads an empty archive as "every TODO is gone": no issue is closed', async () => {
    await probot.receive({ id: 'push-4', name: 'push', payload: push } as never);
    expect(github.issues).toHaveLength(2);
    github.repository.tarballs = { [MAIN]: tarball({}) };
    const before = github.requests.length;
    await probot.receive({ id: 'push-5', name: 'push', payload: push } as never);
    expect(github.writes(before).filter((call) => call.includes('/issues'))).toEqual([]);
    expect(github.issues.map((issue) => issue.state)).toEqual(['open', 'open']);
    expect(logs.join('\n')).toMatch(/archive holds no source file/);
  });

  it('logs one line and writes nothing when the archive cannot be read', async () => {
    github.repository.tarballs = { [MAIN]: new Uint8Array([1, 2, 3, 4]) };
    await probot.receive({ id: 'push-3', name: 'push', payload: push } as never);
    expect(github.issues).toEqual([]);
    expect(logs.join('\n')).toMatch(/TODO issues of octo-org\/shop not synced/);
  });
});

describe('the App on a pull request with a todos gate', () => {
  it('scans the head commit and fails the gate on the TODO the change adds, with an annotation, opening no issue', async () => {
    github.files['octo-org/shop:.github/gonogo.yml'] =
      'todos:\n  issues: on\ngates:\n  - id: no-new-todos\n    todos: { scope: new, max: 0 }\n';
    github.repository.tarballs = {
      [HEAD]: tarball(
        { 'src/a.ts': 'export const a = 1;\n// TODO: read the limit from the config\n// TODO: older one\n' },
        HEAD,
      ),
    };
    github.repository.pullFiles = {
      7: [
        {
          filename: 'src/a.ts',
          status: 'modified',
          patch:
            '@@ -1,2 +1,3 @@\n export const a = 1;\n+// TODO: read the limit from the config\n // TODO: older one',
        },
      ],
    };
    github.repository.pulls = { 7: { state: 'open', head: { sha: HEAD }, base: { sha: 'b2'.repeat(20) } } };
    const opened = JSON.parse(
      readFileSync(new URL('../fixtures/app/pull_request.opened.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    await probot.receive({ id: 'pr-1', name: 'pull_request', payload: opened } as never);
    const check = github.runsOf(HEAD).at(-1);
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check?.output.summary).toContain('no-new-todos');
    expect(check?.output.summary).toContain('1 new TODO');
    expect(check?.output.annotations_count).toBe(1);
    expect(github.issues).toEqual([]);
  });

  it('fails the gate closed when the archive cannot be fetched', async () => {
    github.files['octo-org/shop:.github/gonogo.yml'] = 'gates:\n  - id: no-todos\n    todos: { max: 0 }\n';
    github.repository.pulls = { 7: { state: 'open', head: { sha: HEAD }, base: { sha: 'b2'.repeat(20) } } };
    const opened = JSON.parse(
      readFileSync(new URL('../fixtures/app/pull_request.opened.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    await probot.receive({ id: 'pr-2', name: 'pull_request', payload: opened } as never);
    const check = github.runsOf(HEAD).at(-1);
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check?.output.summary).toMatch(/fails closed: octo-org\/shop@\u200ba1a1a1a: GitHub API: 404/);
  });
});
