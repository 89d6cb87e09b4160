import { evidenceFromArtifacts } from '../core/artifacts/evidence-from-artifacts.js';
import { ConfigError } from '../core/errors/config-error.js';
import { getErrorMessage } from '../core/errors/get-error-message.js';
import { InputError } from '../core/errors/input-error.js';
import { evaluate } from '../core/evaluate/evaluate.js';
import type { EvidenceBundle, FamilyInput } from '../core/model/evidence-bundle.js';
import type { GateWaiver } from '../core/model/gate-waiver.js';
import type { TrackerReport } from '../core/model/tracked-item.js';
import type { Verdict } from '../core/model/verdict.js';
import { encodeBaseline } from '../core/publish/baseline.js';
import { baselineOfVerdict } from '../core/publish/baseline-of-verdict.js';
import { truncateMarkdown } from '../core/publish/truncate-markdown.js';
import { verdictAnnotations } from '../core/publish/verdict-annotations.js';
import { withBaseline } from '../core/publish/with-baseline.js';
import { VERDICT_LABEL } from '../core/report/labels.js';
import { renderMarkdown } from '../core/report/render-markdown.js';
import type { Rules } from '../core/rules/rules.js';
import { workflowProgress } from '../core/workflows/workflow-progress.js';
import type { WorkflowProgress } from '../core/workflows/workflow-progress.js';
import { listHeadRuns } from '../github/artifacts/list-head-runs.js';
import { listBotComments } from '../github/bot-comments.js';
import { API_SUBJECTS } from '../github/api-subjects.js';
import { findCheckRuns } from '../github/find-check-runs.js';
import { GitHubApiError } from '../github/github-api-error.js';
import { importGithubIssues } from '../github/import-github-issues.js';
import { publishCheckRun, startCheckRun } from '../github/publish-check-run.js';
import type { CheckRunAction } from '../github/publish-check-run.js';
import { readRepositoryRules } from '../github/read-repository-rules.js';
import { upsertStickyComment } from '../github/upsert-sticky-comment.js';
import type { AppEnvironment } from './app-environment.js';
import type { CommitTarget } from './commit-target.js';
import { gatherArtifacts } from './gather-artifacts.js';
import { readCommandWaivers } from './read-command-waivers.js';
import { readComparisons } from './read-comparisons.js';
import { readTodos } from './read-todos.js';
import { describeWaiting } from './describe-waiting.js';

/** GitHub's limit on a check-run summary and a comment body is 65,535 characters. */
const SUMMARY_LIMIT = 65_000;
const FULL_REPORT_NOTE = '…truncated: comment `/gonogo report` on the pull request for the full report.';

/** The buttons of a concluded check run (GitHub sends `check_run.requested_action` with the identifier). */
export const CHECK_RUN_ACTIONS: readonly CheckRunAction[] = [
  { label: 'Re-evaluate', description: 'Evaluate this commit again', identifier: 'rerun' },
  { label: 'Post full report', description: 'Comment the full report on the PR', identifier: 'report' },
];

/** What an evaluation of a commit came to. */
export type CommitOutcome =
  | { state: 'waiting'; progress: WorkflowProgress }
  | {
      state: 'completed';
      conclusion: 'success' | 'neutral' | 'failure' | 'action_required';
      verdict: Verdict | null;
      /** The full report (markdown), for `/gonogo report`. */
      markdown: string;
      rules: Rules | null;
    };

const conclusionOf = (verdict: Verdict) =>
  verdict.verdict === 'go' ? 'success' : verdict.verdict === 'go-with-warnings' ? 'neutral' : 'failure';

/** A family's problems, plus `extra` for an incomplete input: its gates fail closed on them. */
const withProblems = <T>(family: FamilyInput<T>, extra: readonly string[]): FamilyInput<T> =>
  extra.length && family.configured ? { ...family, problems: [...family.problems, ...extra] } : family;

/**
 * Evaluates one commit for the App, as a numbered pipeline:
 * 1. the rules (`.github/gonogo.yml` of the default branch, `_extends` followed); a broken file concludes the check
 *    as failed with the file, line and cause;
 * 2. the workflows awaited for the commit: while some run, the check shows in progress, naming them; one that will
 *    not report (never started while nothing else runs, or past `app.timeout-minutes`) concludes
 *    `action_required` with what did arrive;
 * 3. reports from the completed runs' artifacts, the diff, the base commit's baseline, the repository's issues and
 *    the waivers recorded on the pull request;
 * 4. the evaluation; 5. the check run (annotations, buttons; a baseline on default-branch pushes) and the sticky
 *    comment.
 * Every step is safe to repeat: redelivered or racing events leave one check run and one comment. A failure to
 * read what was asked for concludes the check as failed with the reason — never a pass, never a pending check.
 */
export async function evaluateCommit(
  env: AppEnvironment,
  target: CommitTarget,
  extra: { waivers?: readonly GateWaiver[] } = {},
): Promise<CommitOutcome> {
  const { client, checkName } = env;
  const { owner, repo, headSha } = target;
  const now = env.now();
  const today = now.toISOString().slice(0, 10);
  // The timeout counts from when an in-progress run of ours started waiting; a completed run starts nothing.
  const existing = await findCheckRuns(client, { owner, repo, sha: headSha, name: checkName }).catch(
    (error) => {
      throw GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.checkRunsRead);
    },
  );
  const waitingSince =
    existing.find((run) => run.marker !== null && run.status !== 'completed')?.startedAt ?? null;
  const conclude = async (conclusion: 'failure' | 'action_required', title: string, markdown: string) => {
    await publishCheckRun(client, {
      owner,
      repo,
      name: checkName,
      headSha,
      conclusion,
      title,
      summary: truncateMarkdown(markdown, SUMMARY_LIMIT, FULL_REPORT_NOTE),
      annotations: [],
      actions: CHECK_RUN_ACTIONS.slice(0, 1),
    });
  };

  try {
    // 1. Rules.
    let rules: Rules;
    try {
      rules = (await readRepositoryRules(client, { owner, repo })).rules;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const markdown = `**Configuration error** — gonogo cannot judge this commit until the rules file is fixed:\n\n> ${error.message}`;
      await conclude('failure', 'Configuration error', markdown);
      return { state: 'completed', conclusion: 'failure', verdict: null, markdown, rules: null };
    }

    // 2. Workflows.
    const runs = await listHeadRuns(client, { owner, repo, headSha });
    let progress = workflowProgress(runs, {
      workflows: rules.app.workflows,
      now: now.toISOString(),
      startedAt: waitingSince,
      timeoutMinutes: rules.app.timeoutMinutes,
    });
    if (progress.state === 'waiting' && runs.length === 0 && rules.app.workflows.length === 0) {
      // Nothing to wait for in a repository without workflows: judge what there is (its issues, say).
      const { data } = await client.rest.actions.listRepoWorkflows({ owner, repo, per_page: 1 });
      if (data.total_count === 0) progress = { state: 'ready', done: [], pending: [] };
    }
    if (progress.state === 'waiting') {
      await startCheckRun(client, {
        owner,
        repo,
        name: checkName,
        headSha,
        title: 'Waiting for reports',
        summary: describeWaiting(progress, rules.app.timeoutMinutes),
        refresh: true,
      });
      return { state: 'waiting', progress };
    }

    // 3. Inputs.
    const gathered = await gatherArtifacts(client, {
      owner,
      repo,
      runs: progress.done,
      names: rules.app.artifacts,
    });
    const fromArtifacts = evidenceFromArtifacts(gathered.artifacts, rules.inputs);
    const comparisons = await readComparisons(client, target, checkName);
    const trackers = await readTrackers(env, target, rules, fromArtifacts.trackers);
    const todos = await readTodos(client, rules, { owner, repo, sha: headSha });
    const comments = target.pull
      ? await listBotComments(client, {
          owner,
          repo,
          issueNumber: target.pull.number,
          ...(env.appId === undefined ? {} : { appId: env.appId }),
        })
      : [];
    const recorded = readCommandWaivers(comments, headSha);
    const waivers = [...recorded.waivers, ...(extra.waivers ?? [])];
    const incomplete = gathered.refused;
    const empty = { configured: false, requested: [], reports: [], problems: [] };
    const bundle: EvidenceBundle = withBaseline(
      {
        coverage: withProblems(fromArtifacts.coverage, incomplete),
        baseCoverage: empty,
        sast: withProblems(fromArtifacts.sast, incomplete),
        baseSast: empty,
        trackers: withProblems(trackers, incomplete),
        todos,
        baselineFingerprints: null,
        diff: comparisons.diff,
        repository: comparisons.repository,
      },
      comparisons.baseline,
    );

    // 4. Evaluation.
    const verdict = evaluate(rules, bundle, { today, gateWaivers: waivers });
    const waitingNote =
      progress.state === 'ready' ? [] : [describeWaiting(progress, rules.app.timeoutMinutes)];
    const markdown = renderMarkdown({
      verdict,
      bundle,
      rulesSources: rules.sources,
      today,
      inputNotes: [
        `event: ${target.trigger} on ${headSha.slice(0, 7)}`,
        `workflow runs read: ${progress.done.map((run) => `${run.name} (${run.conclusion ?? 'no conclusion'})`).join(', ') || 'none'}`,
        ...waitingNote,
        ...incomplete.map((reason) => `refused: ${reason}`),
        ...gathered.notes,
        ...fromArtifacts.notes,
        ...comparisons.notes,
        ...recorded.notes,
      ],
    });

    // 5. Publishing.
    const stuck = progress.state === 'stalled' || progress.state === 'timed-out';
    const conclusion = stuck ? 'action_required' : conclusionOf(verdict);
    const title = stuck
      ? `Reports missing — ${progress.pending.map((p) => p.workflow).join(', ')} did not report`
      : `${VERDICT_LABEL[verdict.verdict]} — readiness ${verdict.score}/100 (${verdict.grade})`;
    const summary = truncateMarkdown(
      stuck ? `${waitingNote.join('\n')}\n\n${markdown}` : markdown,
      SUMMARY_LIMIT,
      FULL_REPORT_NOTE,
    );
    const published = await publishCheckRun(client, {
      owner,
      repo,
      name: checkName,
      headSha,
      conclusion,
      title,
      summary,
      annotations: verdictAnnotations(verdict),
      actions: target.pull ? CHECK_RUN_ACTIONS : CHECK_RUN_ACTIONS.slice(0, 1),
      ...(target.defaultBranchPush ? { text: encodeBaseline(baselineOfVerdict(verdict, headSha)) } : {}),
    });
    env.log.info(`gonogo: ${owner}/${repo}@${headSha.slice(0, 7)} ${conclusion}: ${published.url}`);
    if (target.pull) {
      await upsertStickyComment(client, {
        owner,
        repo,
        issueNumber: target.pull.number,
        marker: `<!-- gonogo:comment:${checkName} -->`,
        body: truncateMarkdown(markdown, SUMMARY_LIMIT, FULL_REPORT_NOTE),
      });
    }
    return { state: 'completed', conclusion, verdict, markdown, rules };
  } catch (error) {
    // Fail closed: a check that cannot be judged concludes as failed with why, rather than pending or passing.
    const known = error instanceof GitHubApiError || error instanceof InputError;
    const reason = known
      ? getErrorMessage(error)
      : `internal error: ${getErrorMessage(error)} (a bug in gonogo)`;
    env.log.error(`gonogo: ${owner}/${repo}@${headSha.slice(0, 7)}: ${reason}`);
    try {
      await conclude(
        'failure',
        'gonogo could not evaluate this commit',
        `**gonogo could not evaluate this commit**: ${reason}`,
      );
    } catch (publishError) {
      env.log.error(`gonogo: could not publish the failure either: ${getErrorMessage(publishError)}`);
    }
    if (!known) throw error;
    return { state: 'completed', conclusion: 'failure', verdict: null, markdown: reason, rules: null };
  }
}

/** Tracker files from the artifacts, plus the repository issues the rules' `github:` entries ask for. */
async function readTrackers(
  env: AppEnvironment,
  target: CommitTarget,
  rules: Rules,
  files: FamilyInput<TrackerReport>,
): Promise<FamilyInput<TrackerReport>> {
  const github = rules.inputs.githubTrackers;
  if (github.length === 0) return files;
  const reports = [...files.reports];
  const problems = [...files.problems];
  const requested = [...files.requested];
  for (const entry of github) {
    const [owner = target.owner, repo = target.repo] = entry.repo?.split('/') ?? [];
    requested.push(`github:${owner}/${repo}`);
    try {
      reports.push(
        await importGithubIssues(env.client, { owner, repo, state: entry.state, labels: entry.labels }),
      );
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      problems.push(`github:${owner}/${repo}: ${error.message}`);
    }
  }
  return { configured: true, requested, reports, problems };
}
