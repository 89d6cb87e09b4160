import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGonogoApp } from '../../src/app/app.js';
import { FakeAppGitHub } from './fake-app-github.js';
import { testProbot } from './webhook-support.js';

const HEAD = 'a1'.repeat(20);
const BASE = 'b2'.repeat(20);
const GROUP = 'c3'.repeat(20);
const MAIN = 'd4'.repeat(20);

const payload = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/app/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    never
  >;
const artifactFile = (name: string) =>
  readFileSync(new URL(`../fixtures/artifacts/${name}`, import.meta.url), 'utf8');

/** A Cobertura report covering `covered` of 4 lines of src/checkout/retry.ts. */
const cobertura = (covered: number) =>
  artifactFile('cobertura.xml').replace(
    /<line number="(\d)" hits="\d"\/>/g,
    (_line, number: string) => `<line number="${number}" hits="${Number(number) <= covered ? 1 : 0}"/>`,
  );

const RULES = `
app:
  workflows: [CI]
gates:
  - id: coverage-overall
    coverage: { metric: lines, min: 60 }
  - id: sast-no-high
    sast: { severity: high, max: 0 }
`;

let github: FakeAppGitHub;
let probot: Probot;
let deliveries = 0;

/** Delivers one webhook as GitHub would (a delivery id of its own unless a redelivery repeats one). */
async function deliver(name: string, body: Record<string, unknown>, id = `delivery-${++deliveries}`) {
  await probot.receive({ id, name, payload: body } as never);
}

const workflowRun = (sha: string, runId: number, event = 'pull_request') => {
  const body = payload('workflow_run.completed') as unknown as { workflow_run: Record<string, unknown> };
  return {
    ...body,
    workflow_run: {
      ...body.workflow_run,
      id: runId,
      head_sha: sha,
      event,
      ...(sha === HEAD
        ? {}
        : { pull_requests: [], head_branch: event === 'push' ? 'main' : 'gh-readonly-queue/main/pr-7' }),
    },
  };
};
const comments = () => github.comments[7] ?? [];
const sticky = () =>
  comments().filter((comment) => comment.body.startsWith('<!-- gonogo:comment:gonogo -->'));

beforeEach(async () => {
  nock.disableNetConnect();
  github = new FakeAppGitHub({
    owner: 'octo-org',
    repo: 'shop',
    files: { 'octo-org/shop:.github/gonogo.yml': RULES },
    tree: ['src/checkout/retry.ts', 'README.md'],
    pullFiles: {
      7: [
        { filename: 'src/checkout/retry.ts', status: 'modified', patch: '@@ -1,2 +1,4 @@\n a\n b\n+c\n+d' },
      ],
    },
    pulls: { 7: { state: 'open', head: { sha: HEAD }, base: { sha: BASE } } },
    permissions: { alice: 'maintain', mallory: 'read' },
  });
  github.start();
  probot = testProbot([]);
  await probot.load(createGonogoApp({ now: () => new Date('2026-11-22T10:05:00Z'), appId: 1 }));
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('the App through a pull request’s life', () => {
  it('opened → reports arrive → verdict → waiver by a maintainer → re-evaluation → merge group, without duplicates', async () => {
    // 1. Opened: CI has not started; the check is pending and says what it waits for.
    await deliver('pull_request', payload('pull_request.opened'));
    expect(github.runsOf(HEAD)).toHaveLength(1);
    expect(github.runsOf(HEAD)[0]).toMatchObject({
      status: 'in_progress',
      output: { title: 'Waiting for reports' },
    });
    expect(github.runsOf(HEAD)[0]?.output.summary).toContain('- CI: not started');
    expect(comments()).toHaveLength(0);

    // 2. CI completes with its coverage in an artifact: 50 % < 60 % → failure, one comment.
    const run = github.addRun({ id: 30001, name: 'CI', head_sha: HEAD, status: 'completed' });
    github.addArtifact(run.id, 'coverage', zipSync({ 'coverage/cobertura.xml': strToU8(cobertura(2)) }));
    const first = github.requests.length;
    await deliver('workflow_run', workflowRun(HEAD, run.id), 'delivery-ci');
    // The request budget of one evaluation with one artifact: 14 API requests and the artifact's download.
    expect(github.calls(first)).toEqual([
      `GET /repos/octo-org/shop/commits/${HEAD}/check-runs`,
      'GET /repos/octo-org/shop/contents/.github/gonogo.yml',
      'GET /repos/octo-org/shop/actions/runs',
      'GET /repos/octo-org/shop/actions/runs/30001/artifacts',
      'GET /repos/octo-org/shop/actions/artifacts/5001/zip',
      'GET storage:/zip/5001',
      'GET /repos/octo-org/shop/pulls/7/files',
      `GET /repos/octo-org/shop/commits/${BASE}/check-runs`,
      `GET /repos/octo-org/shop/git/trees/${HEAD}`,
      'GET /repos/octo-org/shop/issues/7/comments',
      `GET /repos/octo-org/shop/commits/${HEAD}/check-runs`,
      'PATCH /repos/octo-org/shop/check-runs/5000',
      'GET /repos/octo-org/shop/issues/7/comments',
      'POST /repos/octo-org/shop/issues/7/comments',
    ]);
    expect(github.runsOf(HEAD)).toHaveLength(1);
    const verdict = github.runsOf(HEAD)[0];
    expect(verdict).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(verdict?.output.title).toMatch(/^NO-GO/);
    expect(verdict?.output.summary).toContain('coverage/cobertura.xml');
    expect(verdict?.actions).toEqual([
      expect.objectContaining({ identifier: 'rerun' }),
      expect.objectContaining({ identifier: 'report' }),
    ]);
    expect(sticky()).toHaveLength(1);
    expect(sticky()[0]?.body).toContain('coverage-overall');

    // The same delivery again (GitHub redelivers): nothing new is written.
    const before = github.requests.length;
    await deliver('workflow_run', workflowRun(HEAD, run.id), 'delivery-ci');
    expect(github.runsOf(HEAD)).toHaveLength(1);
    expect(comments()).toHaveLength(1);
    expect(github.writes(before).filter((call) => call.startsWith('POST /repos'))).toEqual([]);

    // 3. Someone without write permission tries to waive: refused with a short reply, the verdict stands.
    const refused = payload('issue_comment.created.unauthorized');
    await deliver('issue_comment', refused);
    expect(comments().at(-1)?.body).toContain('`mallory` cannot waive `coverage-overall`');
    expect(comments().at(-1)?.body).not.toContain('gonogo:waiver');
    expect(github.runsOf(HEAD).at(-1)?.conclusion).toBe('failure');

    // 4. A maintainer waives the gate: acknowledged, recorded in the reply, applied at once.
    const waive = payload('issue_comment.created');
    await deliver('issue_comment', waive, 'delivery-waive');
    expect(github.reactions).toContainEqual({ commentId: 555001, content: 'eyes' });
    const replies = () =>
      comments().filter((comment) => comment.body.startsWith('<!-- gonogo:reply:555001 -->'));
    expect(replies()).toHaveLength(1);
    expect(replies()[0]?.body).toMatch(/<!-- gonogo:waiver [A-Za-z0-9_-]+ -->/);
    expect(replies()[0]?.body).toContain('Waiver recorded: gate `coverage-overall`');
    const latest = github.runsOf(HEAD).at(-1);
    expect(latest?.conclusion).toBe('success');
    expect(latest?.output.summary).toContain('waived by @\u200balice until 2026-12-31');
    expect(sticky()).toHaveLength(1);
    expect(sticky()[0]?.body).toContain('Waived gates');

    // Redelivered: no second reply, no new check run.
    const runs = github.runsOf(HEAD).length;
    await deliver('issue_comment', waive, 'delivery-waive');
    expect(replies()).toHaveLength(1);
    expect(github.runsOf(HEAD)).toHaveLength(runs);

    // A later event reads the waiver back from the reply: the verdict stays success.
    await deliver('check_run', payload('check_run.rerequested'));
    expect(github.runsOf(HEAD).at(-1)?.conclusion).toBe('success');
    expect(github.runsOf(HEAD)).toHaveLength(runs);

    // 5. The merge queue: the same check name on the group's head, judged on its own reports.
    await deliver('merge_group', payload('merge_group.checks_requested'));
    expect(github.runsOf(GROUP)).toEqual([
      expect.objectContaining({ name: 'gonogo', status: 'in_progress' }),
    ]);
    const groupRun = github.addRun({
      id: 30002,
      name: 'CI',
      head_sha: GROUP,
      status: 'completed',
      event: 'merge_group',
    });
    github.addArtifact(groupRun.id, 'coverage', zipSync({ 'cobertura.xml': strToU8(cobertura(4)) }));
    await deliver('workflow_run', workflowRun(GROUP, groupRun.id, 'merge_group'));
    expect(github.runsOf(GROUP)).toEqual([
      expect.objectContaining({ name: 'gonogo', conclusion: 'success' }),
    ]);
    expect(sticky()).toHaveLength(1);
  });

  it('a push to the default branch stores a baseline in its check run once CI reported', async () => {
    await deliver('push', payload('push'));
    expect(github.runsOf(MAIN)[0]).toMatchObject({ status: 'in_progress' });
    const run = github.addRun({ id: 30003, name: 'CI', head_sha: MAIN, status: 'completed', event: 'push' });
    github.addArtifact(run.id, 'coverage', zipSync({ 'cobertura.xml': strToU8(cobertura(3)) }));
    await deliver('workflow_run', workflowRun(MAIN, run.id, 'push'));
    expect(github.runsOf(MAIN)).toHaveLength(1);
    expect(github.runsOf(MAIN)[0]?.output.text).toMatch(/<!-- gonogo:baseline:v1:/);
  });

  it('a workflow that never starts while nothing else runs concludes action_required, never pending', async () => {
    github.files['octo-org/shop:.github/gonogo.yml'] =
      `app:\n  workflows: [CI, Security]\n${RULES.replace(/app:\n {2}workflows: \[CI\]\n/, '')}`;
    const run = github.addRun({ id: 30004, name: 'CI', head_sha: HEAD, status: 'completed' });
    github.addArtifact(run.id, 'coverage', zipSync({ 'cobertura.xml': strToU8(cobertura(4)) }));
    await deliver('workflow_run', workflowRun(HEAD, run.id));
    const check = github.runsOf(HEAD).at(-1);
    expect(check).toMatchObject({ status: 'completed', conclusion: 'action_required' });
    expect(check?.output.title).toBe('Reports missing — Security did not report');
    expect(check?.output.summary).toContain('- Security: not started');
  });

  it('refuses a zip bomb and skips a path-traversal entry: the report says so and the gate does not pass', async () => {
    const run = github.addRun({ id: 30005, name: 'CI', head_sha: HEAD, status: 'completed' });
    github.addArtifact(run.id, 'bomb', zipSync({ 'big.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
    github.addArtifact(
      run.id,
      'sneaky',
      zipSync({ '../../etc/cobertura.xml': strToU8(cobertura(4)), 'notes.txt': strToU8('hello') }),
    );
    await deliver('workflow_run', workflowRun(HEAD, run.id));
    const check = github.runsOf(HEAD).at(-1);
    expect(check?.conclusion).toBe('failure');
    expect(check?.output.summary).toMatch(/refused: artifact bomb of CI: .*a zip bomb/);
    expect(check?.output.summary).toMatch(/sneaky\/\.\.\/\.\.\/etc\/cobertura\.xml \(/);
  });

  it('the "Post full report" button posts the report in one comment, updated on later clicks', async () => {
    const run = github.addRun({ id: 30006, name: 'CI', head_sha: HEAD, status: 'completed' });
    github.addArtifact(run.id, 'coverage', zipSync({ 'cobertura.xml': strToU8(cobertura(2)) }));
    await deliver('check_run', payload('check_run.requested_action'));
    await deliver('check_run', payload('check_run.requested_action'));
    const reports = comments().filter((comment) => comment.body.startsWith('<!-- gonogo:report:gonogo -->'));
    expect(reports).toHaveLength(1);
    expect(reports[0]?.body).toContain('coverage-overall');
  });

  it('answers /gonogo help and a malformed command in one reply, with a confused reaction', async () => {
    const body = payload('issue_comment.created') as unknown as { comment: Record<string, unknown> };
    await deliver('issue_comment', {
      ...body,
      comment: { ...body.comment, id: 555003, body: '/gonogo help\n/gonogo waive no-such-gate because' },
    });
    expect(github.reactions).toContainEqual({ commentId: 555003, content: 'confused' });
    const reply = comments().find((comment) => comment.body.startsWith('<!-- gonogo:reply:555003 -->'));
    expect(reply?.body).toContain('**gonogo commands**');
    expect(reply?.body).toMatch(/Line 2: no gate `no-such-gate` in the rules/);
    expect(github.runsOf(HEAD)).toHaveLength(0);
  });
});
