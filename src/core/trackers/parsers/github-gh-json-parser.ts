import { InputError } from '../../errors/input-error.js';
import type { TrackerReport } from '../../model/tracked-item.js';
import type { JsonTrackerParser, TrackerOptions } from '../tracker-parser.js';
import { ghIssuesReport } from './github/gh-issues-report.js';
import { isJsonObject } from '../../text/is-json-object.js';

/** Every field `gh issue list --json` can write (`gh issue list --json` with no value lists them). */
const GH_FIELDS = new Set([
  'assignees',
  'author',
  'blockedBy',
  'blocking',
  'body',
  'closed',
  'closedAt',
  'closedByPullRequestsReferences',
  'comments',
  'createdAt',
  'id',
  'isPinned',
  'issueType',
  'labels',
  'milestone',
  'number',
  'parent',
  'projectCards',
  'projectItems',
  'reactionGroups',
  'state',
  'stateReason',
  'subIssues',
  'subIssuesSummary',
  'title',
  'updatedAt',
  'url',
]);
/** Fields only gh writes, in GraphQL's camelCase; enough on their own, even beside fields gh may add later. */
const GH_ONLY = [
  'createdAt',
  'updatedAt',
  'closedAt',
  'stateReason',
  'isPinned',
  'subIssuesSummary',
  'reactionGroups',
];
/** Fields of the other JSON exports: REST (`snake_case`), GitLab (`iid`, `project_id`, `web_url`), Jira (`fields`). */
const OTHERS = [
  'html_url',
  'node_id',
  'repository_url',
  'created_at',
  'iid',
  'project_id',
  'web_url',
  'fields',
  'key',
];

const isGhIssue = (value: unknown): boolean =>
  isJsonObject(value) &&
  ('title' in value || 'number' in value) &&
  !OTHERS.some((key) => key in value) &&
  (GH_ONLY.some((key) => key in value) || Object.keys(value).every((key) => GH_FIELDS.has(key)));

/**
 * `gh issue list --json …` (and `gh issue view --json …`, or one issue per line with `--jq '.[]'`): GitHub issues
 * in GraphQL's camelCase, with only the fields asked for. Also takes an empty array, which is what gh writes for a
 * repository with no matching issue. Records carry no line (`source.line` is null).
 */
export const githubGhJsonParser: JsonTrackerParser = {
  kind: 'json',
  format: 'github-json',

  detect(document: unknown): boolean {
    if (isJsonObject(document)) return isGhIssue(document);
    return Array.isArray(document) && (document.length === 0 || isGhIssue(document[0]));
  },

  parse(document: unknown, source: string, options: TrackerOptions): TrackerReport {
    if (isJsonObject(document)) return ghIssuesReport([document], source, options);
    if (!Array.isArray(document))
      throw new InputError(source, 'expected gh issue list output: a JSON array of issue objects');
    return ghIssuesReport(document, source, options);
  },
};
