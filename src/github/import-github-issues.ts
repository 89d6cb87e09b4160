import type { TrackerReport } from '../core/model/tracked-item.js';
import { DEFAULT_LABEL_CONVENTIONS } from '../core/trackers/labels/label-conventions.js';
import type { LabelConventions } from '../core/trackers/labels/label-conventions.js';
import { restIssuesReport } from '../core/trackers/parsers/github/rest-issues-report.js';
import { GitHubApiError } from './github-api-error.js';
import type { GitHubPort } from './github-port.js';

/** Which repository to read, and how its labels carry priority, severity and module. */
export interface ImportGithubIssuesOptions {
  owner: string;
  repo: string;
  /** `open` (GitHub's own default, and the default here) or `all`, to count closed issues as done or dropped. */
  state?: 'open' | 'all';
  labels?: LabelConventions;
}

/**
 * Reads a repository's issues live: every page of `GET /repos/{owner}/{repo}/issues` (100 a page), pull requests
 * skipped, each issue mapped as a REST dump would be. The report's source is `github:<owner>/<repo>`. A request
 * that fails (401, 403, 404, rate limit, network) throws `GitHubApiError` naming the repository and the status.
 */
export async function importGithubIssues(
  octokit: GitHubPort,
  options: ImportGithubIssuesOptions,
): Promise<TrackerReport> {
  const { owner, repo } = options;
  const repository = `${owner}/${repo}`;
  let issues: unknown[];
  try {
    issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: options.state ?? 'open',
      per_page: 100,
    });
  } catch (error) {
    throw GitHubApiError.from(error, repository);
  }
  return restIssuesReport(issues, `github:${repository}`, 'github-api', {
    labels: options.labels ?? DEFAULT_LABEL_CONVENTIONS,
  });
}
