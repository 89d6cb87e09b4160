/** A reply of a fake GitHub: status and JSON body. */
export type FakeReply = [number, unknown];

/**
 * The issues of one fake repository, as GitHub's REST API keeps them: list (labels filter, state, pages), create,
 * update and add labels. Shared by the Action's loopback fake and the App's nock fake, which route to it.
 */
export class FakeIssueStore {
  constructor(
    readonly issues: Record<string, unknown>[],
    private readonly repository: string,
  ) {}

  /** Answers `method rest` (the path after `/repos/{owner}/{repo}`), or `null` when it is not an issue route. */
  route(
    method: string,
    rest: string,
    query: { get(name: string): string | null },
    body: Record<string, unknown>,
  ): FakeReply | null {
    let match: RegExpExecArray | null;
    if (rest === '/issues' && method === 'GET') return [200, this.list(query)];
    if (rest === '/issues' && method === 'POST') return [201, this.create(body)];
    if ((match = /^\/issues\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const issue = this.find(match[1]);
      return issue ? [200, this.update(issue, body)] : [404, { message: 'Not Found' }];
    }
    if ((match = /^\/issues\/(\d+)\/labels$/.exec(rest)) && method === 'POST') {
      const issue = this.find(match[1]);
      if (!issue) return [404, { message: 'Not Found' }];
      const names = new Set([...labelNames(issue), ...((body.labels as string[] | undefined) ?? [])]);
      issue.labels = [...names].map((name) => ({ name }));
      return [200, issue.labels];
    }
    return null;
  }

  private list(query: { get(name: string): string | null }): Record<string, unknown>[] {
    const labels = query.get('labels')?.split(',').filter(Boolean) ?? [];
    const state = query.get('state') ?? 'open';
    const page = Number(query.get('page') ?? 1);
    const perPage = Number(query.get('per_page') ?? 30);
    return this.issues
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => labels.every((label) => labelNames(issue).includes(label)))
      .sort((a, b) => Number(b.number) - Number(a.number))
      .slice((page - 1) * perPage, page * perPage);
  }

  private create(body: Record<string, unknown>): Record<string, unknown> {
    const number = this.issues.reduce((most, issue) => Math.max(most, Number(issue.number)), 0) + 1;
    const issue: Record<string, unknown> = {
      number,
      state: 'open',
      state_reason: null,
      title: String(body.title),
      body: (body.body as string | undefined) ?? null,
      labels: ((body.labels as string[] | undefined) ?? []).map((name) => ({ name })),
      assignees: ((body.assignees as string[] | undefined) ?? []).map((login) => ({ login })),
      html_url: `https://github.com/${this.repository}/issues/${number}`,
    };
    this.issues.push(issue);
    return issue;
  }

  private update(issue: Record<string, unknown>, body: Record<string, unknown>): Record<string, unknown> {
    for (const key of ['title', 'body', 'state', 'state_reason'] as const)
      if (key in body) issue[key] = body[key];
    if (body.labels) issue.labels = (body.labels as string[]).map((name) => ({ name }));
    if (body.assignees) issue.assignees = (body.assignees as string[]).map((login) => ({ login }));
    return issue;
  }

  private find(number: string | undefined): Record<string, unknown> | undefined {
    return this.issues.find((candidate) => candidate.number === Number(number));
  }
}

const labelNames = (issue: Record<string, unknown>) =>
  ((issue.labels as unknown[] | undefined) ?? []).map((label) =>
    typeof label === 'string' ? label : String((label as { name?: unknown }).name),
  );
