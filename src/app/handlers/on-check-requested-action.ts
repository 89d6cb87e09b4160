import { truncateMarkdown } from '../../core/publish/truncate-markdown.js';
import { upsertStickyComment } from '../../github/upsert-sticky-comment.js';
import type { AppEnvironment } from '../app-environment.js';
import type { CommitTarget } from '../commit-target.js';
import { evaluateCommit } from '../evaluate-commit.js';

/** GitHub's limit on a comment body is 65,536 characters. */
const REPORT_LIMIT = 65_000;

/**
 * A button of the check run: `rerun` evaluates the commit again; `report` evaluates it and posts the full report in
 * one comment of its own on the pull request, updated in place on later clicks (never one comment per click).
 */
export async function onCheckRequestedAction(
  env: AppEnvironment,
  target: CommitTarget,
  identifier: string,
): Promise<void> {
  if (identifier !== 'rerun' && identifier !== 'report') {
    env.log.warn(`gonogo: unknown check run action "${identifier.slice(0, 40)}" ignored`);
    return;
  }
  const outcome = await evaluateCommit(env, target);
  if (identifier !== 'report' || !target.pull || outcome.state !== 'completed') return;
  await upsertStickyComment(env.client, {
    owner: target.owner,
    repo: target.repo,
    issueNumber: target.pull.number,
    marker: `<!-- gonogo:report:${env.checkName} -->`,
    body: truncateMarkdown(outcome.markdown, REPORT_LIMIT, '…cut at GitHub’s comment limit.'),
  });
}
