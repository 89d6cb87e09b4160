import nock from 'nock';
import { FakeIssueStore } from '../support/fake-issue-store.js';

const API = 'https://api.github.com';
const STORAGE = 'https://pipelines.actions.githubusercontent.com';
const CODELOAD = 'https://codeload.github.com';

/** One request the fake received. */
export interface SeenRequest {
  method: string;
  path: string;
  body: unknown;
}

interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  actions: unknown[];
  html_url: string;
  app: { id: number };
}

interface Comment {
  id: number;
  body: string;
  html_url: string;
  created_at: string;
  user: { login: string; type: string };
  performed_via_github_app: { id: number } | null;
}

interface Run {
  id: number;
  name: string;
  path: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  event: string;
  created_at: string;
}

/** What the fake repository holds at the start. */
export interface FakeAppRepository {
  owner: string;
  repo: string;
  /** Files by `owner/repo:path` (any repository of the installation: `_extends` targets too). */
  files?: Record<string, string>;
  /** Repository file list per commit (the git tree). */
  tree?: string[];
  /** Pull request files (`filename`, `status`, `patch`) per pull number. */
  pullFiles?: Record<number, { filename: string; status: string; patch?: string }[]>;
  pulls?: Record<number, { state: string; head: { sha: string }; base: { sha: string } }>;
  /** The commit archives (`.tar.gz` bytes) per ref, served through codeload as GitHub does. */
  tarballs?: Record<string, Uint8Array>;
  /** Collaborator permission per login (`admin`, `maintain`, `write`, `triage`, `read`). */
  permissions?: Record<string, string>;
  /** Workflow files the repository has (for a repository without runs). */
  workflows?: number;
}

/**
 * GitHub's REST API as nock interceptors at the HTTP boundary, with state (check runs, comments, reactions,
 * workflow runs and their artifacts) so a webhook sequence sees what earlier deliveries wrote. Every request is
 * recorded for assertions; anything unexpected answers 404 and is recorded too, so tests see it.
 */
export class FakeAppGitHub {
  readonly requests: SeenRequest[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly comments: Record<number, Comment[]> = {};
  readonly reactions: { commentId: number; content: string }[] = [];
  readonly runs: Run[] = [];
  readonly artifacts: { id: number; runId: number; name: string; zip: Uint8Array; expired?: boolean }[] = [];
  /** Issues, as REST objects, created and edited through the API. */
  readonly issues: Record<string, unknown>[] = [];
  private readonly issueStore: FakeIssueStore;
  now = '2026-11-22T10:00:00Z';
  private nextId = 5000;

  readonly files: Record<string, string>;

  constructor(readonly repository: FakeAppRepository) {
    this.files = repository.files ?? {};
    this.issueStore = new FakeIssueStore(this.issues, `${repository.owner}/${repository.repo}`);
  }

  /** Adds a workflow run for a commit (queued, in progress or completed). */
  addRun(run: Partial<Run> & { name: string; head_sha: string; status: string }): Run {
    const added: Run = {
      id: run.id ?? this.nextId++,
      path: run.path ?? `.github/workflows/${run.name.toLowerCase()}.yml`,
      conclusion: run.conclusion ?? (run.status === 'completed' ? 'success' : null),
      event: run.event ?? 'pull_request',
      created_at: run.created_at ?? this.now,
      ...run,
    };
    this.runs.push(added);
    return added;
  }

  /** Adds an artifact (a zip's bytes) to a run. */
  addArtifact(runId: number, name: string, zip: Uint8Array, expired = false): void {
    this.artifacts.push({ id: this.nextId++, runId, name, zip, expired });
  }

  /** Adds a comment, as a person or as an App. */
  addComment(
    issue: number,
    body: string,
    user: { login: string; type: string },
    appId: number | null = null,
  ): Comment {
    const id = this.nextId++;
    const comment: Comment = {
      id,
      body,
      html_url: `https://github.com/${this.repository.owner}/${this.repository.repo}/pull/${issue}#issuecomment-${id}`,
      created_at: this.now,
      user,
      performed_via_github_app: appId === null ? null : { id: appId },
    };
    (this.comments[issue] ??= []).push(comment);
    return comment;
  }

  /** Requests as `METHOD /path`, without the query, from index `from` on. */
  calls(from = 0): string[] {
    return this.requests.slice(from).map((request) => `${request.method} ${request.path}`);
  }

  /** Write requests (anything but GET) from index `from` on. */
  writes(from = 0): string[] {
    return this.calls(from).filter((call) => !call.startsWith('GET '));
  }

  /** The check runs of a commit, oldest first. */
  runsOf(sha: string): CheckRun[] {
    return this.checkRuns.filter((run) => run.head_sha === sha);
  }

  /** Installs the interceptors; `nock.cleanAll()` removes them. */
  start(): nock.Scope {
    const scope = nock(API).persist();
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const)
      scope[method](/.*/).reply((uri, body) => this.route(method.toUpperCase(), uri, body));
    nock(STORAGE)
      .persist()
      .get(/\/zip\/\d+/)
      .reply((uri) => {
        this.requests.push({ method: 'GET', path: `storage:${uri}`, body: null });
        const artifact = this.artifacts.find((candidate) => uri.endsWith(`/zip/${candidate.id}`));
        return artifact
          ? [200, Buffer.from(artifact.zip), { 'content-type': 'application/zip' }]
          : [404, 'not found'];
      });
    nock(CODELOAD)
      .persist()
      .get(/\/legacy\.tar\.gz\/.+$/)
      .reply((uri) => {
        this.requests.push({ method: 'GET', path: `codeload:${uri}`, body: null });
        const ref = uri.split('/').pop() ?? '';
        const archive = this.repository.tarballs?.[ref];
        return archive
          ? [200, Buffer.from(archive), { 'content-type': 'application/x-gzip' }]
          : [404, 'not found'];
      });
    return scope;
  }

  private route(method: string, uri: string, raw: unknown): nock.ReplyFnResult {
    const url = new URL(uri, API);
    const body = (typeof raw === 'string' && raw ? (JSON.parse(raw) as unknown) : raw) as Record<
      string,
      unknown
    >;
    const path = decodeURIComponent(url.pathname);
    this.requests.push({ method, path, body: body ?? null });
    const query = url.searchParams;
    const { owner, repo } = this.repository;
    let match: RegExpExecArray | null;

    if ((match = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path)) && method === 'POST')
      return [201, { token: 'ghs_installation', expires_at: '2099-01-01T00:00:00Z', permissions: {} }];

    // Contents of any repository (`_extends` targets included).
    if ((match = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(path)) && method === 'GET') {
      const text = this.files[`${match[1]}/${match[2]}:${match[3]}`];
      if (text === undefined) return [404, { message: 'Not Found' }];
      return [
        200,
        {
          type: 'file',
          encoding: 'base64',
          path: match[3],
          size: text.length,
          content: Buffer.from(text).toString('base64'),
        },
      ];
    }
    if ((match = /^\/repos\/([^/]+)\/([^/]+)$/.exec(path)) && method === 'GET')
      return [
        200,
        {
          name: match[2],
          full_name: `${match[1]}/${match[2]}`,
          default_branch: 'main',
          owner: { login: match[1] },
        },
      ];

    const prefix = `/repos/${owner}/${repo}`;
    if (!path.startsWith(prefix)) return [404, { message: `Not Found: ${method} ${path}` }];
    const rest = path.slice(prefix.length);

    if (rest === '/actions/runs' && method === 'GET') {
      const runs = this.runs.filter(
        (run) =>
          (!query.get('head_sha') || run.head_sha === query.get('head_sha')) &&
          (!query.get('status') || run.status === query.get('status')),
      );
      return [200, { total_count: runs.length, workflow_runs: runs }];
    }
    if (rest === '/actions/workflows' && method === 'GET')
      return [200, { total_count: this.repository.workflows ?? 1, workflows: [] }];
    if ((match = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest))) {
      const list = this.artifacts
        .filter((artifact) => artifact.runId === Number(match?.[1]))
        .map((artifact) => ({
          id: artifact.id,
          name: artifact.name,
          size_in_bytes: artifact.zip.length,
          expired: artifact.expired ?? false,
        }));
      return [200, { total_count: list.length, artifacts: list }];
    }
    if ((match = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest)))
      return [302, '', { location: `${STORAGE}/zip/${match[1]}` }];

    if ((match = /^\/commits\/([^/]+)\/check-runs$/.exec(rest))) {
      const runs = this.checkRuns
        .filter(
          (run) =>
            run.head_sha === match?.[1] && (!query.get('check_name') || run.name === query.get('check_name')),
        )
        .sort((a, b) => b.id - a.id);
      return [200, { total_count: runs.length, check_runs: runs }];
    }
    if (rest === '/check-runs' && method === 'POST') {
      const output = (body.output ?? {}) as Record<string, unknown>;
      const id = this.nextId++;
      const run: CheckRun = {
        id,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: body.conclusion ? 'completed' : String(body.status ?? 'queued'),
        conclusion: (body.conclusion as string | undefined) ?? null,
        started_at: this.now,
        output: {
          title: (output.title as string | undefined) ?? null,
          summary: (output.summary as string | undefined) ?? null,
          text: (output.text as string | undefined) ?? null,
          annotations_count: ((output.annotations as unknown[] | undefined) ?? []).length,
        },
        actions: (body.actions as unknown[] | undefined) ?? [],
        html_url: `https://github.com/${owner}/${repo}/runs/${id}`,
        app: { id: 1 },
      };
      this.checkRuns.push(run);
      return [201, run];
    }
    if ((match = /^\/check-runs\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const run = this.checkRuns.find((candidate) => candidate.id === Number(match?.[1]));
      if (!run) return [404, { message: 'Not Found' }];
      const output = body.output as Record<string, unknown> | undefined;
      if (body.status) run.status = String(body.status);
      if (body.conclusion) {
        run.conclusion = String(body.conclusion);
        run.status = 'completed';
      }
      if (body.actions) run.actions = body.actions as unknown[];
      if (output)
        run.output = {
          title: (output.title as string | undefined) ?? run.output.title,
          summary: (output.summary as string | undefined) ?? run.output.summary,
          text: (output.text as string | undefined) ?? run.output.text,
          annotations_count:
            run.output.annotations_count + ((output.annotations as unknown[] | undefined) ?? []).length,
        };
      return [200, run];
    }

    if ((match = /^\/tarball\/(.+)$/.exec(rest)) && method === 'GET')
      return [302, '', { location: `${CODELOAD}/${owner}/${repo}/legacy.tar.gz/${match[1]}` }];
    const issues = this.issueStore.route(method, rest, query, body ?? {});
    if (issues) return issues as nock.ReplyFnResult;
    if ((match = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const number = Number(match[1]);
      const list = (this.comments[number] ??= []);
      if (method === 'GET') return [200, list];
      return [201, this.addComment(number, String(body.body), { login: 'gonogo[bot]', type: 'Bot' }, 1)];
    }
    if ((match = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const comment = Object.values(this.comments)
        .flat()
        .find((candidate) => candidate.id === Number(match?.[1]));
      if (!comment) return [404, { message: 'Not Found' }];
      comment.body = String(body.body);
      return [200, comment];
    }
    if ((match = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest)) && method === 'POST') {
      const commentId = Number(match[1]);
      const content = String(body.content);
      const known = this.reactions.some((r) => r.commentId === commentId && r.content === content);
      if (!known) this.reactions.push({ commentId, content });
      return [known ? 200 : 201, { id: 1, content }];
    }
    if ((match = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const files = this.repository.pullFiles?.[Number(match[1])] ?? [];
      const page = Number(query.get('page') ?? 1);
      const perPage = Number(query.get('per_page') ?? 30);
      return [200, files.slice((page - 1) * perPage, page * perPage)];
    }
    if ((match = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = this.repository.pulls?.[Number(match[1])];
      return pull ? [200, { number: Number(match[1]), ...pull }] : [404, { message: 'Not Found' }];
    }
    if ((match = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const permission = this.repository.permissions?.[match[1] ?? ''] ?? 'read';
      return [
        200,
        {
          permission: permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission,
          role_name: permission,
          user: { login: match[1] },
        },
      ];
    }
    if ((match = /^\/git\/trees\/([^/]+)$/.exec(rest))) {
      const tree = (this.repository.tree ?? []).map((file) => ({
        path: file,
        type: 'blob',
        mode: '100644',
        sha: 'f'.repeat(40),
      }));
      return [200, { sha: match[1], tree, truncated: false }];
    }
    return [404, { message: `Not Found: ${method} ${path}` }];
  }
}
