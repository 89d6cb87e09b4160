import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeIssueStore } from '../support/fake-issue-store.js';

/** One request the fake GitHub received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  annotations: unknown[];
  html_url: string;
}

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

/** What the fake repository holds: pull request files and pulls by head SHA. */
export interface FakeRepository {
  owner: string;
  repo: string;
  /** `GET /pulls/{n}/files` entries (`filename`, `status`, `patch`). */
  pullFiles?: Record<number, { filename: string; status: string; patch?: string }[]>;
  /** Open pull requests, for lookups by head SHA. */
  pulls?: {
    state: 'open' | 'closed';
    number: number;
    head: { sha: string; ref: string; repo: { full_name: string } };
    base: { sha: string; ref: string; repo: { full_name: string } };
  }[];
  /** Comments already on issues, by issue number. */
  comments?: Record<number, Comment[]>;
  /** Check runs already on commits (a base commit's baseline, for instance). */
  checkRuns?: Omit<CheckRun, 'annotations'>[];
  /** `GET /issues` entries (REST issue objects). */
  issues?: unknown[];
  /** Writes answer 403, as a fork pull request's token does. */
  readOnly?: boolean;
}

/**
 * A loopback GitHub REST API with just the endpoints gonogo uses, keeping state (check runs, comments) so a second
 * run sees what the first one wrote, and recording every request for assertions.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly checkRuns: CheckRun[];
  readonly comments: Record<number, Comment[]>;
  /** Issues, created and edited through the API as GitHub would (REST issue objects). */
  readonly issues: Record<string, unknown>[];
  private readonly issueStore: FakeIssueStore;
  private server: Server | null = null;
  private nextId = 1000;

  constructor(private readonly repository: FakeRepository) {
    this.checkRuns = (repository.checkRuns ?? []).map((run) => ({ ...run, annotations: [] }));
    this.comments = structuredClone(repository.comments ?? {});
    this.issues = structuredClone((repository.issues ?? []) as Record<string, unknown>[]);
    this.issueStore = new FakeIssueStore(this.issues, `${repository.owner}/${repository.repo}`);
  }

  /** Starts listening on 127.0.0.1 and returns the base URL to give as `GITHUB_API_URL`. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests by `METHOD /path` (without the query), in order. */
  calls(): string[] {
    return this.requests.map((request) => `${request.method} ${request.path}`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://fake');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text ? (JSON.parse(text) as unknown) : null,
      authorization: request.headers.authorization,
    };
    this.requests.push(recorded);
    const [status, body] = this.route(recorded);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  private route(request: RecordedRequest): [number, unknown] {
    const { owner, repo } = this.repository;
    const prefix = `/repos/${owner}/${repo}`;
    if (!request.path.startsWith(prefix)) return [404, { message: 'Not Found' }];
    const path = request.path.slice(prefix.length);
    const write = request.method !== 'GET';
    if (write && this.repository.readOnly)
      return [403, { message: 'Resource not accessible by integration' }];
    const body = (request.body ?? {}) as Record<string, unknown>;
    let match: RegExpExecArray | null;

    if ((match = /^\/commits\/([^/]+)\/check-runs$/.exec(path)) && !write) {
      const runs = this.checkRuns
        .filter(
          (run) =>
            run.head_sha === match?.[1] &&
            (!request.query.check_name || run.name === request.query.check_name),
        )
        .sort((a, b) => b.id - a.id)
        .map(({ annotations: _annotations, ...run }) => run);
      return [200, { total_count: runs.length, check_runs: runs }];
    }
    if (path === '/check-runs' && request.method === 'POST') {
      const output = (body.output ?? {}) as Record<string, unknown>;
      const annotations = (output.annotations as unknown[] | undefined) ?? [];
      const run: CheckRun = {
        id: this.nextId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: String(body.status ?? (body.conclusion ? 'completed' : 'queued')),
        conclusion: (body.conclusion as string | undefined) ?? null,
        output: {
          title: (output.title as string | undefined) ?? null,
          summary: (output.summary as string | undefined) ?? null,
          text: (output.text as string | undefined) ?? null,
          annotations_count: annotations.length,
        },
        annotations,
        html_url: `https://github.com/${owner}/${repo}/runs/${this.nextId}`,
      };
      this.checkRuns.push(run);
      return [201, { ...run, annotations: undefined }];
    }
    if ((match = /^\/check-runs\/(\d+)$/.exec(path)) && request.method === 'PATCH') {
      const run = this.checkRuns.find((candidate) => candidate.id === Number(match?.[1]));
      if (!run) return [404, { message: 'Not Found' }];
      const output = body.output as Record<string, unknown> | undefined;
      if (body.status) run.status = String(body.status);
      if (body.conclusion) {
        run.conclusion = String(body.conclusion);
        run.status = 'completed';
      }
      if (output) {
        const annotations = (output.annotations as unknown[] | undefined) ?? [];
        run.annotations.push(...annotations); // GitHub appends annotations on every update
        run.output = {
          title: (output.title as string | undefined) ?? run.output.title,
          summary: (output.summary as string | undefined) ?? run.output.summary,
          text: (output.text as string | undefined) ?? run.output.text,
          annotations_count: run.annotations.length,
        };
      }
      return [200, { ...run, annotations: undefined }];
    }
    if ((match = /^\/issues\/(\d+)\/comments$/.exec(path))) {
      const number = Number(match[1]);
      const list = (this.comments[number] ??= []);
      if (!write) return [200, list];
      const comment: Comment = {
        id: this.nextId++,
        body: String(body.body),
        user: { login: 'github-actions[bot]', type: 'Bot' },
        html_url: `https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${this.nextId}`,
      };
      list.push(comment);
      return [201, comment];
    }
    if ((match = /^\/issues\/comments\/(\d+)$/.exec(path)) && request.method === 'PATCH') {
      const comment = Object.values(this.comments)
        .flat()
        .find((candidate) => candidate.id === Number(match?.[1]));
      if (!comment) return [404, { message: 'Not Found' }];
      comment.body = String(body.body);
      return [200, comment];
    }
    if ((match = /^\/pulls\/(\d+)\/files$/.exec(path))) {
      const files = this.repository.pullFiles?.[Number(match[1])] ?? [];
      const page = Number(request.query.page ?? 1);
      const perPage = Number(request.query.per_page ?? 30);
      return [200, files.slice((page - 1) * perPage, page * perPage)];
    }
    if ((match = /^\/commits\/([^/]+)\/pulls$/.exec(path))) {
      return [200, (this.repository.pulls ?? []).filter((pull) => pull.head.sha === match?.[1])];
    }
    if (path === '/pulls') return [200, this.repository.pulls ?? []];
    const issues = this.issueStore.route(request.method, path, new URLSearchParams(request.query), body);
    if (issues) return issues;
    return [404, { message: `Not Found: ${request.method} ${request.path}` }];
  }
}
