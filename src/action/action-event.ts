import { ConfigError } from '../core/errors/config-error.js';

/** What gonogo needs to know of the event that started the workflow. */
export interface ActionEvent {
  name: string;
  owner: string;
  repo: string;
  /** The commit the check run goes on: the PR head, the pushed commit, the merge group head… */
  headSha: string;
  /** The commit to compare with (its baseline, its diff); `null` when there is none (a dispatch, a new branch). */
  baseSha: string | null;
  /** The pull request the comment goes on, when there is one. */
  pullNumber: number | null;
  /** A `workflow_run` event whose pull request must be found by head SHA (forks leave `pull_requests` empty). */
  findPullBySha: boolean;
  /** A push to the default branch: record this commit's baseline. */
  defaultBranchPush: boolean;
  /** The pull request comes from a fork (its token is read-only in `pull_request` workflows). */
  fromFork: boolean;
  /** For `workflow_run`: the head repository (`owner/name`) and branch, to find the pull request quickly. */
  headRepo?: string;
  headBranch?: string;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const ZERO_SHA = /^0+$/;

/**
 * Reads the event from `GITHUB_EVENT_NAME`, its payload (`GITHUB_EVENT_PATH`, parsed by the caller) and
 * `GITHUB_REPOSITORY`/`GITHUB_SHA`/`GITHUB_REF`. Pull requests report on their head commit (not the merge commit
 * `GITHUB_SHA` points at); merge groups on the group's head, so merges through the queue see the same check name.
 */
export function readActionEvent(
  env: Readonly<Record<string, string | undefined>>,
  payload: unknown,
): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new ConfigError('GITHUB_REPOSITORY is not set: run gonogo as a step of a GitHub workflow');
  const event = obj(payload);
  const sha = env.GITHUB_SHA ?? '';
  const base: ActionEvent = {
    name,
    owner,
    repo,
    headSha: sha,
    baseSha: null,
    pullNumber: null,
    findPullBySha: false,
    defaultBranchPush: false,
    fromFork: false,
  };

  if (name === 'pull_request' || name === 'pull_request_target') {
    const pull = obj(event.pull_request);
    const head = obj(pull.head);
    const baseRef = obj(pull.base);
    return {
      ...base,
      headSha: str(head.sha) ?? sha,
      baseSha: str(baseRef.sha),
      pullNumber: typeof pull.number === 'number' ? pull.number : null,
      fromFork: str(obj(head.repo).full_name) !== str(obj(baseRef.repo).full_name),
    };
  }
  if (name === 'merge_group') {
    const group = obj(event.merge_group);
    return { ...base, headSha: str(group.head_sha) ?? sha, baseSha: str(group.base_sha) };
  }
  if (name === 'workflow_run') {
    const run = obj(event.workflow_run);
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map(obj) : [];
    const pull = pulls[0];
    const headRepo = str(obj(run.head_repository).full_name);
    return {
      ...base,
      headSha: str(run.head_sha) ?? sha,
      baseSha: str(obj(obj(pull?.base)).sha),
      pullNumber: typeof pull?.number === 'number' ? pull.number : null,
      findPullBySha: pull === undefined && str(run.event) === 'pull_request',
      fromFork: headRepo !== null && headRepo !== `${owner}/${repo}`,
      ...(headRepo ? { headRepo } : {}),
      ...(str(run.head_branch) ? { headBranch: str(run.head_branch) as string } : {}),
    };
  }
  if (name === 'push') {
    const defaultBranch = str(obj(event.repository).default_branch);
    const before = str(event.before);
    return {
      ...base,
      headSha: str(event.after) ?? sha,
      baseSha: before && !ZERO_SHA.test(before) ? before : null,
      defaultBranchPush: defaultBranch !== null && env.GITHUB_REF === `refs/heads/${defaultBranch}`,
    };
  }
  return base;
}
