import type { GithubClient } from './create-github-client.js';

/**
 * Completes a stale in-progress run of gonogo's (left by an interrupted publish) as `cancelled`, pointing to the
 * run that replaced it, so that no pending check lingers on the commit. Its marker goes with its text: it is
 * never taken for gonogo's run again. Tidying only — the verdict is already published — so a failure is
 * swallowed: the id when closed, else `null`.
 */
export async function closeSupersededRun(
  client: GithubClient,
  options: { owner: string; repo: string; id: number; replacementUrl: string },
): Promise<number | null> {
  try {
    await client.rest.checks.update({
      owner: options.owner,
      repo: options.repo,
      check_run_id: options.id,
      status: 'completed',
      conclusion: 'cancelled',
      output: {
        title: 'Superseded',
        summary: `An interrupted run, superseded by ${options.replacementUrl}`,
        text: 'Superseded.',
      },
    });
    return options.id;
  } catch {
    return null;
  }
}
