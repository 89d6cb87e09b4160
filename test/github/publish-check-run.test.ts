import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckRunAnnotation } from '../../src/core/publish/check-run-annotation.js';
import { utf8Length } from '../../src/core/publish/utf8-length.js';
import { createGithubClient } from '../../src/github/create-github-client.js';
import { GitHubApiError } from '../../src/github/github-api-error.js';
import { MAX_ANNOTATIONS, publishCheckRun, startCheckRun } from '../../src/github/publish-check-run.js';

const API = 'https://api.github.com';
const SHA = 'ce587453ced02b1526dfb4cb910479d431683101';
const LIST = `/repos/octo/shop/commits/${SHA}/check-runs`;
const CREATE = '/repos/octo/shop/check-runs';
const run = (id: number) => `/repos/octo/shop/check-runs/${id}`;

type Body = {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  output: { title: string; summary: string; text: string; annotations?: CheckRunAnnotation[] };
};

const client = () =>
  createGithubClient({ token: 'test', fetch: globalThis.fetch, secondMs: 1, spaceWrites: false });

const FIXTURE = JSON.parse(
  readFileSync(new URL('../fixtures/github/check-run.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { output: Record<string, unknown> };

/** A check run as GitHub returns it, with the fields that matter here replaced. */
function checkRun(
  id: number,
  fields: { status?: string; conclusion?: string | null; text?: string | null; annotations?: number } = {},
) {
  return {
    ...FIXTURE,
    id,
    url: `${API}${run(id)}`,
    html_url: `https://github.com/octo/shop/runs/${id}`,
    status: fields.status ?? 'completed',
    conclusion: fields.conclusion === undefined ? 'failure' : fields.conclusion,
    output: { ...FIXTURE.output, text: fields.text ?? null, annotations_count: fields.annotations ?? 0 },
  };
}

const listed = (...runs: ReturnType<typeof checkRun>[]) => ({ total_count: runs.length, check_runs: runs });

const annotation = (index: number): CheckRunAnnotation => ({
  path: `src/file-${index}.ts`,
  start_line: index + 1,
  end_line: index + 1,
  annotation_level: index % 2 ? 'warning' : 'failure',
  title: `gonogo coverage-patch: uncovered line ${index + 1}`,
  message: `finding ${index}`,
});
const annotations = (count: number) => Array.from({ length: count }, (_, index) => annotation(index));

const options = (count: number, extra: Partial<Parameters<typeof publishCheckRun>[1]> = {}) => ({
  owner: 'octo',
  repo: 'shop',
  name: 'gonogo',
  headSha: SHA,
  conclusion: 'failure' as const,
  title: 'No-go — readiness 41/100 (F)',
  summary: '## gonogo: no-go',
  annotations: annotations(count),
  ...extra,
});

/** Records the bodies a route receives, in order. */
const recorder = () => {
  const bodies: Body[] = [];
  const take = (body: Body) => {
    bodies.push(body);
    return true;
  };
  return { bodies, take };
};

const messages = (bodies: Body[]) =>
  bodies.flatMap((body) => body.output.annotations ?? []).map((a) => a.message);

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('publishCheckRun', () => {
  it('creates the run with the first 50 annotations, then one PATCH per 50, completing it on the last', async () => {
    const created = recorder();
    const updated = recorder();
    const scope = nock(API)
      .get(LIST)
      .query({ check_name: 'gonogo', filter: 'latest', per_page: '100' })
      .reply(200, listed())
      .post(CREATE, created.take)
      .reply(201, checkRun(11, { status: 'in_progress', conclusion: null }))
      .patch(run(11), updated.take)
      .times(2)
      .reply(200, checkRun(11));

    const result = await publishCheckRun(client(), options(120, { detailsUrl: 'https://ci.example/1' }));

    expect(scope.isDone()).toBe(true);
    expect(result).toEqual({
      id: 11,
      url: 'https://github.com/octo/shop/runs/11',
      created: true,
      annotationsSent: 120,
      annotationsOmitted: 0,
      superseded: null,
    });
    const [first] = created.bodies;
    expect(first).toMatchObject({
      name: 'gonogo',
      head_sha: SHA,
      status: 'in_progress',
      details_url: 'https://ci.example/1',
      output: { title: 'No-go — readiness 41/100 (F)', summary: '## gonogo: no-go' },
    });
    expect(first?.conclusion).toBeUndefined();
    expect(first?.output.text).toMatch(/^<!-- gonogo:annotations:[0-9a-f]{16} -->$/);
    expect(created.bodies.concat(updated.bodies).map((body) => body.output.annotations?.length)).toEqual([
      50, 50, 20,
    ]);
    expect(updated.bodies[0]?.status).toBeUndefined();
    expect(updated.bodies[1]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(messages([...created.bodies, ...updated.bodies])).toEqual(annotations(120).map((a) => a.message));
  });

  it('sends one request when there are no annotations, completed at once', async () => {
    const created = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE, created.take)
      .reply(201, checkRun(12));

    const result = await publishCheckRun(client(), options(0, { conclusion: 'success' }));

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ created: true, annotationsSent: 0 });
    expect(created.bodies[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(created.bodies[0]?.output.annotations).toBeUndefined();
  });

  it(`caps annotations at ${MAX_ANNOTATIONS}, most important first, and says how many more in the summary`, async () => {
    const created = recorder();
    const updated = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE, created.take)
      .reply(201, checkRun(13, { status: 'in_progress' }))
      .patch(run(13), updated.take)
      .times(3)
      .reply(200, checkRun(13));

    const result = await publishCheckRun(client(), options(230));

    expect(scope.isDone()).toBe(true);
    expect(MAX_ANNOTATIONS).toBe(200);
    expect(result).toMatchObject({ annotationsSent: 200, annotationsOmitted: 30 });
    const bodies = [...created.bodies, ...updated.bodies];
    expect(bodies.map((body) => body.output.annotations?.length)).toEqual([50, 50, 50, 50]);
    expect(messages(bodies)).toEqual(annotations(200).map((a) => a.message));
    expect(bodies[3]?.output.summary).toBe(
      '## gonogo: no-go\n\n> 30 more places are not annotated: gonogo annotates at most 200, the most important first.',
    );
  });

  it('a rerun with the same annotations updates the run without sending them again', async () => {
    const first = recorder();
    nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE, first.take)
      .reply(201, checkRun(14, { status: 'in_progress' }))
      .patch(run(14))
      .reply(200, checkRun(14));
    await publishCheckRun(client(), options(60));
    const text = first.bodies[0]?.output.text ?? '';

    const again = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed(checkRun(14, { text, annotations: 60 })))
      .patch(run(14), again.take)
      .reply(200, checkRun(14));

    const result = await publishCheckRun(client(), options(60, { summary: '## gonogo: no-go (rerun)' }));

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 14, created: false, annotationsSent: 60 });
    expect(again.bodies).toHaveLength(1);
    expect(again.bodies[0]?.output.annotations).toBeUndefined();
    expect(again.bodies[0]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { summary: '## gonogo: no-go (rerun)', text },
    });
  });

  it('completes the in-progress run startCheckRun made, with all the annotations', async () => {
    const updated = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(
        200,
        listed(
          checkRun(15, {
            status: 'in_progress',
            conclusion: null,
            text: '<!-- gonogo:annotations:0123456789abcdef -->',
          }),
        ),
      )
      .patch(run(15), updated.take)
      .times(2)
      .reply(200, checkRun(15));

    const result = await publishCheckRun(client(), options(70));

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 15, created: false, annotationsSent: 70 });
    expect(updated.bodies.map((body) => body.output.annotations?.length)).toEqual([50, 20]);
    expect(updated.bodies[1]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('creates a new run when the existing one holds other annotations (they cannot be removed)', async () => {
    const created = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(
        200,
        listed(checkRun(16, { text: '<!-- gonogo:annotations:0123456789abcdef -->', annotations: 3 })),
      )
      .post(CREATE, created.take)
      .reply(201, checkRun(17));

    const result = await publishCheckRun(client(), options(2));

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 17, created: true, superseded: null });
    expect(created.bodies[0]?.output.annotations).toHaveLength(2);
  });

  it('closes a stale in-progress run of its own when it has to create a new one', async () => {
    const closed = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(
        200,
        listed(
          checkRun(18, {
            status: 'in_progress',
            conclusion: null,
            text: '<!-- gonogo:annotations:0123456789abcdef -->',
            annotations: 50,
          }),
        ),
      )
      .post(CREATE)
      .reply(201, checkRun(19))
      .patch(run(18), closed.take)
      .reply(200, checkRun(18, { conclusion: 'cancelled' }));

    const result = await publishCheckRun(client(), options(1));

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 19, created: true, superseded: 18 });
    expect(closed.bodies[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    expect(closed.bodies[0]?.output.text).not.toContain('gonogo:annotations');
  });

  it('never touches a run of the same name that is not its own (a workflow job called gonogo)', async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed(checkRun(20, { status: 'in_progress', conclusion: null, text: null })))
      .post(CREATE)
      .reply(201, checkRun(21));

    const result = await publishCheckRun(client(), options(1));

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 21, created: true, superseded: null });
  });

  it('creates a new run rather than change the conclusion of a completed one', async () => {
    const first = recorder();
    nock(API).get(LIST).query(true).reply(200, listed()).post(CREATE, first.take).reply(201, checkRun(22));
    await publishCheckRun(client(), options(1));
    const text = first.bodies[0]?.output.text ?? '';

    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed(checkRun(22, { text, annotations: 1, conclusion: 'failure' })))
      .post(CREATE)
      .reply(201, checkRun(23, { conclusion: 'success' }));

    const result = await publishCheckRun(client(), options(1, { conclusion: 'success' }));

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 23, created: true });
  });

  it('a publish that fails halfway, repeated, ends with every annotation sent once', async () => {
    const sent = recorder();
    const failed = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE, sent.take)
      .reply(201, checkRun(24, { status: 'in_progress', conclusion: null }))
      // The second batch fails beyond the retries (1 try + 2 retries): GitHub appended nothing.
      .patch(run(24))
      .times(3)
      .reply(502, { message: 'Bad Gateway' });

    const error = await publishCheckRun(client(), options(120)).catch((e: unknown) => e);

    expect(failed.isDone()).toBe(true);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 502 });
    expect(sent.bodies[0]?.status).toBe('in_progress');
    const text = sent.bodies[0]?.output.text ?? '';

    const resumed = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed(checkRun(24, { status: 'in_progress', conclusion: null, text, annotations: 50 })))
      .patch(run(24), sent.take)
      .times(2)
      .reply(200, checkRun(24));

    const result = await publishCheckRun(client(), options(120));

    expect(resumed.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 24, created: false, annotationsSent: 120 });
    expect(sent.bodies).toHaveLength(3);
    expect(messages(sent.bodies)).toEqual(annotations(120).map((a) => a.message));
    expect(sent.bodies[2]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('a 403 on create is a GitHubApiError the caller can catch, naming the permission', async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE)
      .reply(403, { message: 'Resource not accessible by integration' });

    const error = await publishCheckRun(client(), options(3)).catch((e: unknown) => e);

    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 403, repository: 'octo/shop' });
    expect((error as Error).message).toBe(
      'GitHub API: 403 on octo/shop check runs: the token may not write check runs (it needs the "checks: write" permission; a pull request from a fork gets a read-only token) (GitHub said: Resource not accessible by integration)',
    );
  });

  it('a secondary rate limit that outlasts the retries ends in a GitHubApiError saying so', async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE)
      .times(3)
      .reply(403, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' });

    const error = await publishCheckRun(client(), options(1)).catch((e: unknown) => e);

    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toBe(
      "GitHub API: 403 on octo/shop check runs: GitHub's secondary rate limit was hit; try again in a few minutes (GitHub said: You have exceeded a secondary rate limit.)",
    );
  });

  it("keeps title, summary, text and annotations within GitHub's limits instead of failing", async () => {
    const created = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE, created.take)
      .reply(201, checkRun(25));

    const result = await publishCheckRun(
      client(),
      options(0, {
        title: 'T'.repeat(300),
        summary: '🚦 row\n'.repeat(20_000),
        text: 'x'.repeat(70_000),
        annotations: [
          { ...annotation(0), message: 'é'.repeat(40_000), title: 'Q'.repeat(300) },
          { ...annotation(1), path: '/home/runner/work/shop/src/a.ts' },
          { ...annotation(2), path: './src\\win.ts', start_line: 0, end_line: -1 },
        ],
      }),
    );

    expect(scope.isDone()).toBe(true);
    const body = created.bodies[0] as Body;
    expect(body.output.title).toHaveLength(255);
    expect(utf8Length(body.output.summary)).toBeLessThanOrEqual(65_535);
    expect(body.output.summary).toContain('…cut here');
    expect(
      body.output.summary.endsWith('1 finding has no repository path or line, so it is not annotated.'),
    ).toBe(true);
    expect(utf8Length(body.output.text)).toBeLessThanOrEqual(65_535);
    expect(body.output.text).toMatch(/^<!-- gonogo:annotations:[0-9a-f]{16} -->\n/);
    const [long, windows] = body.output.annotations ?? [];
    expect(long?.title).toHaveLength(255);
    expect(utf8Length(long?.message ?? '')).toBeLessThanOrEqual(64_000);
    expect(windows).toMatchObject({ path: 'src/win.ts', start_line: 1, end_line: 1 });
    expect(result).toMatchObject({ annotationsSent: 2, annotationsOmitted: 1 });
  });
});

describe('startCheckRun', () => {
  const start = {
    owner: 'octo',
    repo: 'shop',
    name: 'gonogo',
    headSha: SHA,
    title: 'Evaluating…',
    summary: 'gonogo is at work',
  };

  const open = (id: number) =>
    checkRun(id, {
      status: 'in_progress',
      conclusion: null,
      text: '<!-- gonogo:annotations:0123456789abcdef -->',
    });

  it('creates an in-progress run carrying no annotation', async () => {
    const created = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed(checkRun(30, { text: null })))
      .post(CREATE, created.take)
      .reply(201, checkRun(31, { status: 'in_progress' }))
      .get(LIST)
      .query(true)
      .reply(200, listed(open(31), checkRun(30, { text: null })));

    const result = await startCheckRun(client(), start);

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 31, url: 'https://github.com/octo/shop/runs/31', created: true });
    expect(created.bodies[0]).toMatchObject({ status: 'in_progress', output: { title: 'Evaluating…' } });
    expect(created.bodies[0]?.output.text).toMatch(/^<!-- gonogo:annotations:[0-9a-f]{16} -->$/);
  });

  it('reuses its own run that is still in progress, without writing', async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed(open(32)));

    const result = await startCheckRun(client(), start);

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 32, created: false });
  });

  it('refreshes the summary of its in-progress run when asked (what the App still waits for)', async () => {
    const updated = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed(open(33)))
      .patch(run(33), updated.take)
      .reply(200, open(33));

    const result = await startCheckRun(client(), { ...start, refresh: true, summary: 'Waiting for CI' });

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 33, created: false });
    expect(updated.bodies[0]?.output).toMatchObject({ title: 'Evaluating…', summary: 'Waiting for CI' });
    expect(updated.bodies[0]?.status).toBeUndefined();
  });

  it('after a race that created two runs, keeps the newest and closes the older one', async () => {
    // Another delivery created run 40 between our look and our create (41): both racers keep 41.
    const closed = recorder();
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE)
      .reply(201, checkRun(41, { status: 'in_progress' }))
      .get(LIST)
      .query(true)
      .reply(200, listed(open(41), open(40)))
      .patch(run(40), closed.take)
      .reply(200, checkRun(40, { conclusion: 'cancelled' }));

    const result = await startCheckRun(client(), start);

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 41, created: true });
    expect(closed.bodies[0]).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
  });

  it('the racer that created the older run keeps the newer one, without closing it', async () => {
    const scope = nock(API)
      .get(LIST)
      .query(true)
      .reply(200, listed())
      .post(CREATE)
      .reply(201, checkRun(40, { status: 'in_progress' }))
      .get(LIST)
      .query(true)
      .reply(200, listed(open(41), open(40)))
      .patch(run(40))
      .reply(200, checkRun(40, { conclusion: 'cancelled' }));

    const result = await startCheckRun(client(), start);

    expect(scope.isDone()).toBe(true);
    expect(result).toMatchObject({ id: 41, created: false });
  });
});
