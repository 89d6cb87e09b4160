import { gatherEvidence } from '../cli/gather-evidence.js';
import { loadRules } from '../cli/load-rules.js';
import { evaluate } from '../core/evaluate/evaluate.js';
import type { EvidenceBundle } from '../core/model/evidence-bundle.js';
import type { Verdict } from '../core/model/verdict.js';
import { baselineOfVerdict } from '../core/publish/baseline-of-verdict.js';
import { encodeBaseline } from '../core/publish/baseline.js';
import { fitUtf8 } from '../core/publish/fit-utf8.js';
import { truncateMarkdown } from '../core/publish/truncate-markdown.js';
import { withBaseline } from '../core/publish/with-baseline.js';
import { verdictAnnotations } from '../core/publish/verdict-annotations.js';
import { workflowCommandAnnotations } from '../core/publish/workflow-commands.js';
import { VERDICT_LABEL } from '../core/report/labels.js';
import { renderMarkdown } from '../core/report/render-markdown.js';
import type { ReportInput } from '../core/report/report-input.js';
import { createGithubClient } from '../github/create-github-client.js';
import type { GithubClient } from '../github/create-github-client.js';
import { findPullRequestForSha } from '../github/find-pull-request.js';
import { GitHubApiError } from '../github/github-api-error.js';
import { importGithubIssues } from '../github/import-github-issues.js';
import { listPullRequestFiles } from '../github/list-pull-request-files.js';
import { publishCheckRun } from '../github/publish-check-run.js';
import { readBaseline } from '../github/read-baseline.js';
import { upsertStickyComment } from '../github/upsert-sticky-comment.js';
import type { ActionEvent } from './action-event.js';
import { readActionEvent } from './action-event.js';
import type { ActionInputs } from './action-inputs.js';
import { readActionInputs } from './action-inputs.js';
import { syncTodosStep } from './sync-todos-step.js';
import type { ActionIo } from './action-io.js';

/** GitHub's limits: a check run summary and a comment body (65,535), a job summary (1 MiB). */
const CHECK_SUMMARY_LIMIT = 65_000;
const COMMENT_LIMIT = 65_000;
const JOB_SUMMARY_LIMIT = 1_000_000;
const JOB_SUMMARY_BYTES = 1_040_000;
const FORK_HELP =
  'The token of this workflow cannot write checks or comments (a pull request from a fork, or missing `permissions`). ' +
  'Give the job `permissions: { checks: write, pull-requests: write }`, or for forks use the two-workflow pattern: ' +
  'scan in `pull_request` and upload the reports as an artifact, then run gonogo from a `workflow_run` workflow ' +
  '(see the README, "Fork pull requests").';

const conclusionOf = (verdict: Verdict) =>
  verdict.verdict === 'go' ? 'success' : verdict.verdict === 'go-with-warnings' ? 'neutral' : 'failure';

/** The pull request and base of the event, finding the PR by head SHA for `workflow_run` from forks. */
async function resolvePull(client: GithubClient, event: ActionEvent, io: ActionIo): Promise<ActionEvent> {
  if (!event.findPullBySha) return event;
  const pull = await findPullRequestForSha(client, {
    owner: event.owner,
    repo: event.repo,
    sha: event.headSha,
    ...(event.headRepo ? { headRepo: event.headRepo } : {}),
    ...(event.headBranch ? { headBranch: event.headBranch } : {}),
  });
  if (!pull) {
    io.warning(
      `gonogo: no open pull request has head ${event.headSha.slice(0, 7)}; reporting on the commit only`,
    );
    return event;
  }
  return { ...event, pullNumber: pull.number, baseSha: pull.baseSha, fromFork: pull.fromFork };
}

/**
 * The diff of the pull request (files API), and the base commit's baseline. Either may be missing: the report
 * says so, and gates that need them fail or fall back as the rules say — never a guess.
 */
async function gatherComparisons(
  client: GithubClient,
  event: ActionEvent,
  inputs: ActionInputs,
  io: ActionIo,
) {
  const notes: string[] = [];
  let diff: EvidenceBundle['diff'] = null;
  if (event.pullNumber !== null) {
    try {
      const files = await listPullRequestFiles(client, {
        owner: event.owner,
        repo: event.repo,
        pullNumber: event.pullNumber,
      });
      diff = files.changed;
      notes.push(
        `diff: pull request #${event.pullNumber}, ${files.files} files${files.truncated ? ' (GitHub lists at most 3,000: the rest is not judged)' : ''}${files.withoutPatch.length ? `; ${files.withoutPatch.length} without a patch (binary or too large)` : ''}`,
      );
    } catch (error) {
      notes.push(`diff: not available (${error instanceof Error ? error.message : String(error)})`);
      io.warning(`gonogo: could not read the pull request's files: ${String(error)}`);
    }
  }
  let baseline: Awaited<ReturnType<typeof readBaseline>> | null = null;
  if (event.baseSha) {
    baseline = await readBaseline(client, {
      owner: event.owner,
      repo: event.repo,
      sha: event.baseSha,
      checkName: inputs.checkName,
    });
    notes.push(
      'missing' in baseline
        ? `baseline: none for base ${event.baseSha.slice(0, 7)} (${baseline.missing}); coverage drop and new-vs-existing findings use what was given instead`
        : `baseline: base ${event.baseSha.slice(0, 7)}`,
    );
  }
  return { diff, baseline: baseline && !('missing' in baseline) ? baseline : null, notes };
}

/**
 * The Action, as a numbered pipeline:
 * 1. inputs and event; 2. rules; 3. the pull request, its diff and the base commit's baseline; 4. reports;
 * 5. evaluation; 6. publishing (check run with annotations, sticky comment, job summary, outputs; a baseline on
 * default-branch pushes), falling back to workflow-command annotations when the token cannot write;
 * 7. the exit code: 1 on no-go (`fail-on-no-go`) and when something could not be published (`fail-on-publish-error`).
 */
export async function actionMain(io: ActionIo): Promise<number> {
  // 1. Inputs and event.
  const inputs = readActionInputs(io.getInput);
  let event = readActionEvent(io.env, io.payload);
  const client = createGithubClient({
    token: inputs.token,
    baseUrl: io.env.GITHUB_API_URL,
    ...(io.fetch ? { fetch: io.fetch } : {}),
  });
  const today = io.today();

  // 2. Rules.
  const rules = loadRules(inputs.config, io.cwd);

  // 3. Pull request, diff, baseline.
  event = await resolvePull(client, event, io);
  const comparisons = await gatherComparisons(client, event, inputs, io);

  // 4. Reports.
  const gathered = await gatherEvidence(
    {
      coverage: inputs.coverage,
      baseCoverage: [],
      baseSast: [],
      sast: inputs.sast,
      trackers: inputs.trackers,
      diff: null,
    },
    rules,
    io.cwd,
    async (entry) => {
      const [owner = event.owner, repo = event.repo] = entry.repo?.split('/') ?? [];
      try {
        return await importGithubIssues(client, { owner, repo, state: entry.state, labels: entry.labels });
      } catch (error) {
        if (error instanceof GitHubApiError) return { problem: error.message };
        throw error;
      }
    },
  );
  const bundle: EvidenceBundle = withBaseline(
    { ...gathered, diff: comparisons.diff, baselineFingerprints: null },
    comparisons.baseline,
  );

  // 5. Evaluation.
  const verdict = evaluate(rules, bundle, { today });
  const report: ReportInput = {
    verdict,
    bundle,
    rulesSources: rules.sources,
    today,
    inputNotes: [`event: ${event.name} on ${event.headSha.slice(0, 7)}`, ...comparisons.notes],
  };
  const markdown = renderMarkdown(report);

  // 6. Publishing.
  const problems: string[] = [];
  const annotations = verdictAnnotations(verdict);
  const title = `${VERDICT_LABEL[verdict.verdict]} — readiness ${verdict.score}/100 (${verdict.grade})`;
  const fullReportNote = '…truncated: the full report is in the job summary of the workflow run.';
  const baselineText = event.defaultBranchPush
    ? encodeBaseline(baselineOfVerdict(verdict, event.headSha))
    : undefined;
  let checkRunWritten = false;
  try {
    const published = await publishCheckRun(client, {
      owner: event.owner,
      repo: event.repo,
      name: inputs.checkName,
      headSha: event.headSha,
      conclusion: conclusionOf(verdict),
      title,
      summary: truncateMarkdown(markdown, CHECK_SUMMARY_LIMIT, fullReportNote),
      ...(baselineText ? { text: baselineText } : {}),
      annotations,
    });
    checkRunWritten = true;
    io.info(
      `gonogo: check run "${inputs.checkName}" ${published.created ? 'created' : 'updated'}: ${published.url}`,
    );
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    problems.push(`check run not published: ${error.message}`);
  }
  if (!checkRunWritten) {
    // The runner shows at most 10 annotations of each level per step: the most important ones.
    const { lines, omitted } = workflowCommandAnnotations(annotations, { perLevelLimit: 10 });
    for (const line of lines) io.command(line);
    if (omitted > 0) io.info(`gonogo: ${omitted} more annotations not shown (the runner shows 10 per level)`);
  }
  if (event.pullNumber !== null && inputs.comment === 'update') {
    try {
      await upsertStickyComment(client, {
        owner: event.owner,
        repo: event.repo,
        issueNumber: event.pullNumber,
        marker: `<!-- gonogo:comment:${inputs.checkName} -->`,
        body: truncateMarkdown(markdown, COMMENT_LIMIT, fullReportNote),
      });
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      problems.push(`pull request comment not published: ${error.message}`);
    }
  }
  const todoSync = await syncTodosStep(client, event, inputs, rules, bundle, io);
  // The job summary limit is 1 MiB of UTF-8: cut at a section first, then make sure of the bytes.
  const summaryNote = '…truncated at the job summary limit (1 MiB).';
  const jobSummary = todoSync.summary ? `${markdown}\n\n${todoSync.summary}` : markdown;
  await io.writeSummary(
    fitUtf8(truncateMarkdown(jobSummary, JOB_SUMMARY_LIMIT, summaryNote), JOB_SUMMARY_BYTES, summaryNote),
  );
  const reportPath = await io.writeReport(markdown);
  io.setOutput('verdict', verdict.verdict);
  io.setOutput('score', String(verdict.score));
  io.setOutput('grade', verdict.grade);
  io.setOutput(
    'failed-gates',
    JSON.stringify(verdict.gates.filter((gate) => gate.status === 'fail').map((gate) => gate.id)),
  );
  io.setOutput('report', reportPath);

  // 7. Exit code.
  io.info(`gonogo: ${VERDICT_LABEL[verdict.verdict]} — ${verdict.reason}`);
  let code = 0;
  if (problems.length) {
    for (const problem of problems) io.error(`gonogo: ${problem}`);
    io.warning(`gonogo: ${FORK_HELP}`);
    if (inputs.failOnPublishError) code = 1;
  }
  if (todoSync.problem) {
    io.error(`gonogo: ${todoSync.problem}`);
    if (inputs.failOnPublishError) code = 1;
  }
  if (verdict.verdict === 'no-go') {
    if (inputs.failOnNoGo) {
      io.error(`gonogo: NO-GO — ${verdict.reason}`);
      code = 1;
    }
  }
  return code;
}
