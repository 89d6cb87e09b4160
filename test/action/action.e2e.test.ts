import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import type { FakeRepository } from './fake-github.js';

// Runs the committed bundle dist/index.js as the runner does (`runs.using: node24`), against a loopback GitHub.
const root = fileURLToPath(new URL('../../', import.meta.url));
const node24 = join(root, 'node_modules/node/bin/node');
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const BASE = 'ffffeeeeddddccccbbbbaaaa9999888877776666';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** A workspace with a rules file, a source file and the reports a CI job would have written. */
function workspace(kind: 'failing' | 'clean'): string {
  const dir = mkdtempSync(join(tmpdir(), 'gonogo-action-'));
  mkdirSync(join(dir, '.github'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, '.github/gonogo.yml'),
    [
      'gates:',
      '  - id: coverage-overall',
      '    coverage: { min: 70 }',
      '  - id: coverage-patch',
      '    coverage: { min: 80, scope: patch }',
      '  - id: sast-no-high',
      '    sast: { severity: high, max: 0 }',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src/app.ts'),
    Array.from({ length: 10 }, (_, i) => `export const v${i} = ${i};`).join('\n'),
  );
  const covered = kind === 'failing' ? 1 : 10;
  const lines = Array.from(
    { length: 10 },
    (_, i) => `<line number="${i + 1}" hits="${i < covered ? 1 : 0}"/>`,
  );
  writeFileSync(
    join(dir, 'coverage.xml'),
    `<?xml version="1.0"?><coverage line-rate="${covered / 10}" branch-rate="0" version="7"><sources><source>/home/runner/work/shop/shop</source></sources><packages><package name="src"><classes><class name="app" filename="src/app.ts"><lines>${lines.join('')}</lines></class></classes></package></packages></coverage>`,
  );
  const results =
    kind === 'failing'
      ? [
          {
            ruleId: 'js/sql-injection',
            message: { text: 'Query built from @attacker input <script>' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'src/app.ts' }, region: { startLine: 3 } } },
            ],
            partialFingerprints: { primaryLocationLineHash: 'abc:1' },
          },
        ]
      : [];
  writeFileSync(
    join(dir, 'results.sarif'),
    JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'CodeQL',
              rules: [{ id: 'js/sql-injection', properties: { 'security-severity': '9.8' } }],
            },
          },
          results,
        },
      ],
    }),
  );
  return dir;
}

const pullRequestPayload = (fork = false) => ({
  pull_request: {
    number: 12,
    head: { sha: HEAD, ref: 'feature', repo: { full_name: fork ? 'someone/shop' : 'acme/shop' } },
    base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/shop' } },
  },
});

const repository = (extra: Partial<FakeRepository> = {}): FakeRepository => ({
  owner: 'acme',
  repo: 'shop',
  pullFiles: {
    12: [
      {
        filename: 'src/app.ts',
        status: 'modified',
        patch:
          '@@ -1,2 +1,4 @@\n export const v0 = 0;\n+export const v1 = 1;\n+export const v2 = 2;\n export const v3 = 3;',
      },
    ],
  },
  ...extra,
});

function runAction(
  dir: string,
  api: string,
  event: string,
  payload: unknown,
  inputs: Record<string, string> = {},
  sha = HEAD,
  ref = 'refs/pull/12/merge',
): Promise<Run> {
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_API_URL: api,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_test_token_never_logged',
    INPUT_COVERAGE: 'coverage.xml',
    INPUT_SAST: 'results.sarif',
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  return new Promise((done) => {
    execFile(node24, [join(root, 'dist/index.js')], { cwd: dir, env }, (error, stdout, stderr) => {
      const outputs: Record<string, string> = {};
      const text = readFileSync(outputPath, 'utf8');
      for (const match of text.matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
        outputs[match[1] ?? ''] = match[3] ?? '';
      done({
        code: error ? Number(error.code ?? 1) : 0,
        stdout,
        stderr,
        outputs,
        summary: readFileSync(summaryPath, 'utf8'),
      });
    });
  });
}

let fake: FakeGitHub | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

describe('the Action (dist/index.js under Node 24, against a loopback GitHub)', () => {
  it('fails a pull request with a critical finding on a changed line and 10 % coverage: one check run, one comment', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const dir = workspace('failing');

    const first = await runAction(dir, api, 'pull_request', pullRequestPayload());
    expect(first.stderr).not.toContain('ghs_test_token_never_logged');
    expect(first.stdout).not.toContain('ghs_test_token_never_logged');
    expect(first.code).toBe(1);
    expect(first.outputs).toMatchObject({ verdict: 'no-go', grade: 'F' });
    expect(JSON.parse(first.outputs['failed-gates'] ?? '[]')).toEqual([
      'coverage-overall',
      'coverage-patch',
      'sast-no-high',
    ]);
    expect(first.summary).toContain('gonogo: NO-GO');

    expect(fake.checkRuns).toHaveLength(1);
    const [run] = fake.checkRuns;
    expect(run).toMatchObject({ name: 'gonogo', head_sha: HEAD, status: 'completed', conclusion: 'failure' });
    expect(run?.output.title).toMatch(/^NO-GO — readiness \d+\/100 \(F\)$/);
    expect(run?.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'src/app.ts', start_line: 3, annotation_level: 'failure' }),
        expect.objectContaining({
          path: 'src/app.ts',
          start_line: 2,
          end_line: 3,
          annotation_level: 'failure',
        }),
      ]),
    );
    const comments = fake.comments[12] ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/^<!-- gonogo:comment:gonogo -->/);
    expect(comments[0]?.body).toContain('@\u200battacker');
    expect(comments[0]?.body).not.toContain('<script>');
    const firstCalls = fake.calls();
    if (process.env.GONOGO_PRINT_CALLS) console.info(firstCalls.join('\n'));
    // The budget of one evaluation: files (1 page), baseline (1), check run lookup + write, comments list + write.
    expect(firstCalls.length).toBeLessThanOrEqual(8);

    const second = await runAction(dir, api, 'pull_request', pullRequestPayload());
    expect(second.code).toBe(1);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]?.annotations).toHaveLength(run?.annotations.length ?? -1);
    expect(fake.comments[12]).toHaveLength(1);
  });

  it('passes a clean pull request: conclusion success, exit 0', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const result = await runAction(workspace('clean'), api, 'pull_request', pullRequestPayload());
    expect(result.code).toBe(0);
    expect(result.outputs.verdict).toBe('go');
    expect(fake.checkRuns[0]).toMatchObject({ conclusion: 'success' });
    expect(fake.checkRuns[0]?.annotations).toEqual([]);
  });

  it('falls back to workflow-command annotations with a read-only token (fork), and fails the step', async () => {
    fake = new FakeGitHub(repository({ readOnly: true }));
    const api = await fake.start();
    const result = await runAction(workspace('failing'), api, 'pull_request', pullRequestPayload(true));
    expect(result.code).toBe(1);
    expect(fake.checkRuns).toEqual([]);
    expect(result.stdout).toMatch(/^::error file=src\/app\.ts,line=3/m);
    expect(result.stdout).toContain('workflow_run');
    expect(result.summary).toContain('gonogo: NO-GO');
    expect(result.outputs.verdict).toBe('no-go');
  });

  it('reports a merge group on its head commit under the same check name, without a comment', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const payload = {
      merge_group: { head_sha: HEAD, base_sha: BASE, head_ref: 'refs/heads/gh-readonly-queue/main/pr-12' },
    };
    const result = await runAction(workspace('clean'), api, 'merge_group', payload);
    expect(result.code).toBe(0);
    expect(fake.checkRuns).toEqual([
      expect.objectContaining({ name: 'gonogo', head_sha: HEAD, conclusion: 'success' }),
    ]);
    expect(fake.calls().filter((call) => call.includes('/comments'))).toEqual([]);
  });

  it('stores a baseline on pushes to the default branch, which a later pull request compares with', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const dir = workspace('failing');
    writeFileSync(
      join(dir, '.github/new-only.yml'),
      'gates:\n  - id: sast-no-new-high\n    sast: { severity: high, max: 0, scope: new }\n  - id: coverage-no-drop\n    coverage: { max-drop: 1 }\n',
    );
    const push = {
      after: BASE,
      before: '0000000000000000000000000000000000000000',
      repository: { default_branch: 'main' },
    };
    const stored = await runAction(
      dir,
      api,
      'push',
      push,
      { config: '.github/new-only.yml' },
      BASE,
      'refs/heads/main',
    );
    // On the default branch nothing is older to compare with: every finding counts as new there (fail closed).
    expect(stored.outputs.verdict).toBe('no-go');
    const baseRun = fake.checkRuns.find((run) => run.head_sha === BASE);
    expect(baseRun?.output.text).toMatch(/<!-- gonogo:baseline:v1:[A-Za-z0-9+/=]+ -->/);

    // The same finding and coverage on the pull request: nothing new, no drop.
    const pull = await runAction(dir, api, 'pull_request', pullRequestPayload(), {
      config: '.github/new-only.yml',
    });
    expect(pull.code).toBe(0);
    expect(pull.summary).toContain(`baseline: base ${BASE.slice(0, 7)}`);
    const prRun = fake.checkRuns.find((run) => run.head_sha === HEAD);
    expect(prRun?.conclusion).toBe('success');
    expect(prRun?.output.summary).toContain('| sast-no-new-high | block | ✅ pass | 0 findings |');
    expect(prRun?.output.summary).toContain('| coverage-no-drop | block | ✅ pass |');
  });

  it('says the baseline is missing rather than guessing, and fails new-finding gates closed on what it cannot tell', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const dir = workspace('failing');
    writeFileSync(
      join(dir, '.github/new-only.yml'),
      'gates:\n  - id: sast-no-new-high\n    sast: { severity: high, max: 0, scope: new }\n',
    );
    const pull = await runAction(dir, api, 'pull_request', pullRequestPayload(), {
      config: '.github/new-only.yml',
    });
    expect(pull.summary).toMatch(/baseline: none for base ffffeee \(/);
    // Without a baseline the diff decides: the finding is on a changed line, so it is new.
    expect(pull.code).toBe(1);
  });

  it('publishes from a workflow_run for a fork pull request, finding the pull request by head SHA', async () => {
    fake = new FakeGitHub(
      repository({
        pulls: [
          {
            state: 'open',
            number: 12,
            head: { sha: HEAD, ref: 'feature', repo: { full_name: 'someone/shop' } },
            base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/shop' } },
          },
        ],
      }),
    );
    const api = await fake.start();
    const payload = {
      workflow_run: {
        id: 99,
        event: 'pull_request',
        head_sha: HEAD,
        head_branch: 'feature',
        pull_requests: [],
        head_repository: { full_name: 'someone/shop' },
      },
    };
    const result = await runAction(
      workspace('failing'),
      api,
      'workflow_run',
      payload,
      {},
      BASE,
      'refs/heads/main',
    );
    expect(result.code).toBe(1);
    expect(fake.checkRuns).toEqual([expect.objectContaining({ head_sha: HEAD, conclusion: 'failure' })]);
    expect(fake.comments[12]).toHaveLength(1);
    expect(fake.calls()).toContain('GET /repos/acme/shop/pulls/12/files');
  });

  it('evaluates release readiness on a workflow_dispatch: a check run on the ref under its own name, no comment', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const dir = workspace('clean');
    writeFileSync(
      join(dir, 'READY.md'),
      '# Release\n\n## Security\n\n- [x] Secrets rotated\n- [ ] Pen test signed off\n',
    );
    const result = await runAction(
      dir,
      api,
      'workflow_dispatch',
      {},
      {
        config: 'production-readiness',
        trackers: 'READY.md',
        'check-name': 'release-readiness',
        coverage: '',
        sast: '',
      },
      HEAD,
      'refs/heads/main',
    );
    expect(result.outputs.verdict).toBe('no-go');
    expect(fake.checkRuns).toEqual([
      expect.objectContaining({ name: 'release-readiness', head_sha: HEAD, conclusion: 'failure' }),
    ]);
    expect(fake.calls().filter((call) => call.includes('/comments'))).toEqual([]);
  });

  it("reads the repository's issues as a tracker through the API when the rules say github:", async () => {
    const issue = (number: number, labels: string[], state = 'open') => ({
      number,
      title: `Issue ${number}`,
      state,
      labels: labels.map((name) => ({ name })),
      assignees: [],
      html_url: `https://github.com/acme/shop/issues/${number}`,
      created_at: '2026-11-01T00:00:00Z',
      updated_at: '2026-11-01T00:00:00Z',
      body: '',
    });
    fake = new FakeGitHub(
      repository({ issues: [issue(1, ['P0', 'security']), issue(2, ['P2']), issue(3, ['P0'], 'closed')] }),
    );
    const api = await fake.start();
    const dir = workspace('clean');
    writeFileSync(
      join(dir, '.github/issues.yml'),
      'inputs:\n  trackers:\n    - github: {}\ngates:\n  - id: no-open-p0\n    issues: { priority: P0, max: 0 }\n',
    );
    const result = await runAction(dir, api, 'pull_request', pullRequestPayload(), {
      config: '.github/issues.yml',
    });
    expect(result.code).toBe(1);
    expect(fake.calls()).toContain('GET /repos/acme/shop/issues');
    expect(result.summary).toContain('| no-open-p0 | block | ❌ FAIL | 1 item |');
    expect(result.summary).toContain('Issue 1');
  });

  it('keeps one issue per TODO on pushes to the default branch: created once, nothing written on a re-run', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const dir = workspace('clean');
    writeFileSync(
      join(dir, 'src/jobs.ts'),
      '// TODO(@alice, perf): batch the @everyone <b>writes</b>\nexport const jobs = 1; // FIXME: retry on 503\n',
    );
    const push = { after: BASE, repository: { default_branch: 'main' } };
    const run = () => runAction(dir, api, 'push', push, { 'todo-issues': 'on' }, BASE, 'refs/heads/main');
    const first = await run();
    expect(first.code).toBe(0);
    const created = fake.requests.filter(
      (request) => request.method === 'POST' && request.path.endsWith('/issues'),
    );
    expect(created).toHaveLength(2);
    expect(fake.issues.map((issue) => issue.title)).toEqual([
      'TODO: batch the @\u200beveryone <b>writes</b>',
      'FIXME: retry on 503',
    ]);
    expect(String(fake.issues[0]?.body)).toMatch(/^<!-- gonogo-todo /);
    expect(String(fake.issues[0]?.body)).toContain(
      `https://github.com/acme/shop/blob/${BASE}/src/jobs.ts#L1`,
    );
    expect(fake.issues[0]?.assignees).toEqual([{ login: 'alice' }]);
    expect(first.summary).toContain('TODO');

    const before = fake.requests.length;
    const second = await run();
    expect(second.code).toBe(0);
    const writes = fake.requests
      .slice(before)
      .filter((request) => request.method !== 'GET' && request.path.includes('/issues'));
    expect(writes).toEqual([]);
    expect(fake.issues).toHaveLength(2);
  });

  it('with todo-issues: dry-run, says what it would open in the job summary and writes no issue', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const dir = workspace('clean');
    writeFileSync(join(dir, 'src/jobs.ts'), '// TODO: batch the writes\nexport const jobs = 1;\n');
    const push = { after: BASE, repository: { default_branch: 'main' } };
    const result = await runAction(
      dir,
      api,
      'push',
      push,
      { 'todo-issues': 'dry-run' },
      BASE,
      'refs/heads/main',
    );
    expect(result.code).toBe(0);
    expect(fake.calls()).toContain('GET /repos/acme/shop/issues');
    expect(
      fake.requests.filter((request) => request.method !== 'GET' && request.path.includes('/issues')),
    ).toEqual([]);
    expect(fake.issues).toEqual([]);
    expect(result.summary).toMatch(/dry run/i);
    expect(result.summary).toContain('batch the writes');
  });

  it('never opens TODO issues from a pull request: its new TODOs go to the gate and annotations', async () => {
    fake = new FakeGitHub(repository());
    const api = await fake.start();
    const dir = workspace('clean');
    writeFileSync(
      join(dir, 'src/app.ts'),
      [
        'export const v0 = 0;',
        '// TODO: remove the v1 shim',
        'export const v2 = 2;',
        'export const v3 = 3;',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, '.github/todos.yml'),
      'gates:\n  - id: no-new-todos\n    level: warn\n    todos: { scope: new, max: 0 }\n',
    );
    const result = await runAction(dir, api, 'pull_request', pullRequestPayload(), {
      config: '.github/todos.yml',
      'todo-issues': 'on',
    });
    expect(result.code).toBe(0);
    expect(result.outputs.verdict).toBe('go-with-warnings');
    expect(fake.calls().filter((call) => call.endsWith('/issues'))).toEqual([]);
    const run = fake.checkRuns.find((candidate) => candidate.head_sha === HEAD);
    expect(run?.annotations).toEqual([
      expect.objectContaining({ path: 'src/app.ts', start_line: 2, annotation_level: 'warning' }),
    ]);
    expect(result.stdout).toContain('issues are opened and closed on pushes to the default branch only');
  });
});
