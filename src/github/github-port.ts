// A type, not an interface: Octokit's parameter types have an index signature, which only type literals satisfy.
/** The query of `GET /repos/{owner}/{repo}/issues` that gonogo sends. */
export type ListIssuesParameters = {
  owner: string;
  repo: string;
  state: 'open' | 'closed' | 'all';
  per_page: number;
};

/**
 * The part of an Octokit client gonogo uses to read issues: REST endpoint methods and pagination. Written as
 * methods so that every Octokit built with `@octokit/plugin-rest-endpoint-methods` and
 * `@octokit/plugin-paginate-rest` fits as it is: `getOctokit()` of `@actions/github`, Probot's `context.octokit`,
 * `new Octokit()` of the `octokit` package. Tests may pass a fake.
 */
export interface GitHubPort {
  rest: {
    issues: {
      listForRepo(parameters: ListIssuesParameters): Promise<{ data: unknown }>;
    };
  };
  /** Follows the `Link: rel="next"` headers and returns every page's items, in order. */
  paginate(
    method: GitHubPort['rest']['issues']['listForRepo'],
    parameters: ListIssuesParameters,
  ): Promise<unknown[]>;
}
