import type { FamilyInput } from '../core/model/evidence-bundle.js';
import type { TodoScan } from '../core/model/todo.js';
import { hasTodosGate } from '../core/rules/has-todos-gate.js';
import type { Rules } from '../core/rules/rules.js';
import { InputError } from '../core/errors/input-error.js';
import { GitHubApiError } from '../github/github-api-error.js';
import type { GithubClient } from '../github/create-github-client.js';
import { scanCommit } from './scan-commit.js';

/**
 * The TODOs of a commit for the `todos` gates: its tree in one archive request, scanned in memory — only when a
 * gate asks. An archive that cannot be fetched or read is a problem the gates fail closed on.
 */
export async function readTodos(
  client: GithubClient,
  rules: Rules,
  commit: { owner: string; repo: string; sha: string },
): Promise<FamilyInput<TodoScan>> {
  if (!hasTodosGate(rules)) return { configured: false, requested: [], reports: [], problems: [] };
  const source = `${commit.owner}/${commit.repo}@${commit.sha.slice(0, 7)}`;
  try {
    return {
      configured: true,
      requested: [source],
      reports: [await scanCommit(client, rules, commit)],
      problems: [],
    };
  } catch (error) {
    if (error instanceof GitHubApiError)
      return {
        configured: true,
        requested: [source],
        reports: [],
        problems: [`${source}: ${error.message}`],
      };
    if (error instanceof InputError)
      return { configured: true, requested: [source], reports: [], problems: [error.message] };
    throw error;
  }
}
