import nock from 'nock';

export const API = 'https://api.github.com';
const OWNER = 'octo';
const REPO = 'shop';
const BASE = `/repos/${OWNER}/${REPO}/issues`;

/** An issue as the fake stores it, in the REST shape. */
export interface FakeIssue {
  number: number;
  state: 'open' | 'closed';
  state_reason: string | null;
  title: string;
  body: string;
  labels: { name: string }[];
  assignees: { login: string }[];
  html_url: string;
  comments: string[];
  pull_request?: { url: string };
}

/** One write request the fake received. */
export interface FakeWrite {
  method: 'POST' | 'PATCH';
  path: string;
  body: Record<string, unknown>;
}

type Reply = [number, unknown, Record<string, string>?];
/** Answers a write instead of the fake when it returns a reply; `store` lets a failure still keep the write. */
type Fault = (write: FakeWrite, store: () => Reply) => Reply | undefined;

/**
 * A small stateful GitHub issues API behind nock: list (labels filter, state, pages with a `Link` header), create,
 * update and comment. Every write is recorded; `faults` answers chosen writes with an error.
 */
export class FakeIssuesApi {
  readonly issues = new Map<number, FakeIssue>();
  readonly writes: FakeWrite[] = [];
  readonly listQueries: Record<string, string>[] = [];
  faults: Fault[] = [];
  private next = 1;

  constructor(private readonly pageSize = 100) {}

  /** Starts answering; `nock.cleanAll()` stops it. */
  install(): void {
    nock(API)
      .persist()
      .get(BASE)
      .query(true)
      .reply((uri) => this.list(uri))
      .post(BASE)
      .reply((uri, body) => this.write('POST', uri, body, () => this.create(body)))
      .patch(/^\/repos\/octo\/shop\/issues\/\d+$/)
      .reply((uri, body) => this.write('PATCH', uri, body, () => this.update(uri, body)))
      .post(/^\/repos\/octo\/shop\/issues\/\d+\/comments$/)
      .reply((uri, body) => this.write('POST', uri, body, () => this.comment(uri, body)));
  }

  /** Adds an issue directly, as a person (or an earlier tool) would have. */
  seed(fields: Partial<FakeIssue> & { title: string }): FakeIssue {
    const number = this.next++;
    const issue: FakeIssue = {
      number,
      state: 'open',
      state_reason: null,
      body: '',
      labels: [],
      assignees: [],
      html_url: `https://github.com/${OWNER}/${REPO}/issues/${number}`,
      comments: [],
      ...fields,
    };
    this.issues.set(number, issue);
    return issue;
  }

  /** The issues a test cares about: those not seeded as pull requests, by number. */
  get all(): FakeIssue[] {
    return [...this.issues.values()]
      .filter((issue) => !issue.pull_request)
      .sort((a, b) => a.number - b.number);
  }

  private list(uri: string): Reply {
    const url = new URL(uri, API);
    const query = Object.fromEntries(url.searchParams);
    this.listQueries.push(query);
    const wanted = (query.labels ?? '').split(',').filter(Boolean);
    const state = query.state ?? 'open';
    const matching = [...this.issues.values()]
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) =>
        wanted.every((label) => issue.labels.some((has) => has.name.toLowerCase() === label.toLowerCase())),
      )
      .sort((a, b) => b.number - a.number);
    const page = Number(query.page ?? '1');
    const items = matching.slice((page - 1) * this.pageSize, page * this.pageSize);
    const headers: Record<string, string> = {};
    if (page * this.pageSize < matching.length) {
      url.searchParams.set('page', String(page + 1));
      headers.link = `<${API}${url.pathname}${url.search}>; rel="next"`;
    }
    return [200, items.map(({ comments: _comments, ...issue }) => issue), headers];
  }

  private write(method: FakeWrite['method'], uri: string, body: unknown, store: () => Reply): Reply {
    const write: FakeWrite = {
      method,
      path: new URL(uri, API).pathname,
      body: (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown>,
    };
    this.writes.push(write);
    for (const fault of this.faults) {
      const reply = fault(write, store);
      if (reply) return reply;
    }
    return store();
  }

  private create(raw: unknown): Reply {
    const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
      title: string;
      body?: string;
      labels?: string[];
      assignees?: string[];
    };
    const issue = this.seed({
      title: body.title,
      body: body.body ?? '',
      labels: (body.labels ?? []).map((name) => ({ name })),
      assignees: (body.assignees ?? []).map((login) => ({ login })),
    });
    return [201, issue];
  }

  private update(uri: string, raw: unknown): Reply {
    const number = Number(/(\d+)$/.exec(new URL(uri, API).pathname)?.[1]);
    const issue = this.issues.get(number);
    if (!issue) return [404, { message: 'Not Found' }];
    const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
    if (typeof body.title === 'string') issue.title = body.title;
    if (typeof body.body === 'string') issue.body = body.body;
    if (Array.isArray(body.labels)) issue.labels = (body.labels as string[]).map((name) => ({ name }));
    if (Array.isArray(body.assignees))
      issue.assignees = (body.assignees as string[]).map((login) => ({ login }));
    if (body.state === 'open' || body.state === 'closed') {
      issue.state = body.state;
      issue.state_reason = (body.state_reason as string | undefined) ?? null;
    }
    return [200, issue];
  }

  private comment(uri: string, raw: unknown): Reply {
    const number = Number(/issues\/(\d+)\/comments$/.exec(new URL(uri, API).pathname)?.[1]);
    const issue = this.issues.get(number);
    if (!issue) return [404, { message: 'Not Found' }];
    const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { body: string };
    issue.comments.push(body.body);
    return [
      201,
      { id: issue.comments.length, body: body.body, html_url: `${issue.html_url}#issuecomment-1` },
    ];
  }
}
