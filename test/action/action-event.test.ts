import { describe, expect, it } from 'vitest';
import { readActionEvent } from '../../src/action/action-event.js';
import { readActionInputs } from '../../src/action/action-inputs.js';

const env = (name: string, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: name,
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'merge0000',
  GITHUB_REF: 'refs/heads/main',
  ...extra,
});

describe('readActionEvent', () => {
  it('reports a pull request on its head commit, not the merge commit, and knows a fork', () => {
    const payload = {
      pull_request: {
        number: 7,
        head: { sha: 'head1111', repo: { full_name: 'someone/shop' } },
        base: { sha: 'base2222', repo: { full_name: 'acme/shop' } },
      },
    };
    expect(readActionEvent(env('pull_request'), payload)).toMatchObject({
      owner: 'acme',
      repo: 'shop',
      headSha: 'head1111',
      baseSha: 'base2222',
      pullNumber: 7,
      fromFork: true,
      defaultBranchPush: false,
    });
  });

  it('reports a merge group on its head, compared with its base', () => {
    const payload = { merge_group: { head_sha: 'group333', base_sha: 'base444' } };
    expect(readActionEvent(env('merge_group'), payload)).toMatchObject({
      headSha: 'group333',
      baseSha: 'base444',
      pullNumber: null,
    });
  });

  it('records a baseline on pushes to the default branch only, and has no base for a new branch', () => {
    const payload = { after: 'new5555', before: 'old6666', repository: { default_branch: 'main' } };
    expect(readActionEvent(env('push'), payload)).toMatchObject({
      headSha: 'new5555',
      baseSha: 'old6666',
      defaultBranchPush: true,
    });
    expect(
      readActionEvent(env('push', { GITHUB_REF: 'refs/heads/feature' }), payload).defaultBranchPush,
    ).toBe(false);
    expect(readActionEvent(env('push'), { ...payload, before: '0000000000' }).baseSha).toBeNull();
  });

  it('finds the pull request of a workflow_run by head SHA when GitHub leaves pull_requests empty (forks)', () => {
    const payload = {
      workflow_run: {
        event: 'pull_request',
        head_sha: 'fork7777',
        pull_requests: [],
        head_repository: { full_name: 'someone/shop' },
      },
    };
    expect(readActionEvent(env('workflow_run'), payload)).toMatchObject({
      headSha: 'fork7777',
      pullNumber: null,
      findPullBySha: true,
      fromFork: true,
    });
  });

  it('refuses to run without GITHUB_REPOSITORY', () => {
    expect(() => readActionEvent({ GITHUB_EVENT_NAME: 'push' }, {})).toThrow(/GITHUB_REPOSITORY is not set/);
  });
});

describe('readActionInputs', () => {
  const inputs = (values: Record<string, string>) => readActionInputs((name) => values[name] ?? '');

  it('applies the defaults and splits globs on newlines and commas', () => {
    expect(inputs({ token: 't', coverage: 'a.xml, b.xml\nc.xml' })).toMatchObject({
      config: undefined,
      coverage: ['a.xml', 'b.xml', 'c.xml'],
      checkName: 'gonogo',
      comment: 'update',
      failOnNoGo: true,
      failOnPublishError: true,
      todoIssues: 'off',
    });
  });

  it('names a bad value and what the input accepts', () => {
    expect(() => inputs({ comment: 'always' })).toThrow('action input comment: expected "update" or "off"');
    expect(() => inputs({ 'fail-on-no-go': 'maybe' })).toThrow(
      'action input fail-on-no-go: expected true or false',
    );
    expect(() => inputs({ 'check-name': 'gonogo -->' })).toThrow('action input check-name: no "<" or ">"');
  });
});
