import { helpText } from '../../core/commands/help-text.js';
import { parseCommentCommands } from '../../core/commands/parse-comment-commands.js';
import { waiverFromCommand } from '../../core/commands/waiver-from-command.js';
import { decodeWaiverRecord, encodeWaiverRecord } from '../../core/commands/waiver-record.js';
import { ConfigError } from '../../core/errors/config-error.js';
import type { GateWaiver } from '../../core/model/gate-waiver.js';
import { escapeMarkdown, inlineCode } from '../../core/report/escape-markdown.js';
import { listBotComments } from '../../github/bot-comments.js';
import { canWrite } from '../../github/can-write.js';
import { reactToComment } from '../../github/react-to-comment.js';
import { readRepositoryRules } from '../../github/read-repository-rules.js';
import { replyMarker, replyToCommand } from '../../github/reply-to-command.js';
import type { AppEnvironment } from '../app-environment.js';
import { evaluateCommit } from '../evaluate-commit.js';

/** The fields of an `issue_comment.created` payload the App reads. */
export interface IssueCommentPayload {
  issue: { number: number; pull_request?: unknown };
  comment: {
    id: number;
    body: string;
    html_url: string;
    created_at: string;
    user: { login: string; type?: string } | null;
  };
  repository: { name: string; owner: { login: string } };
}

/** Longest report posted in a reply: GitHub's comment limit, with room for the answer around it. */
const REPORT_LIMIT = 60_000;

/**
 * `/gonogo` commands in a pull-request comment: acknowledged with a reaction, answered once in a reply (a
 * redelivered webhook finds the reply and adds nothing). `/gonogo` and `/gonogo report` evaluate the head again;
 * `/gonogo waive <gate> <reason> [until DATE]` is granted only to users with write, maintain or admin permission
 * (asked of GitHub), recorded in the reply and applied at once; malformed or unauthorized commands get a short
 * answer, never an error trace. Comments by Apps (gonogo's own included) are never read for commands.
 */
export async function onIssueComment(env: AppEnvironment, payload: IssueCommentPayload): Promise<void> {
  const { comment, issue } = payload;
  if (!issue.pull_request || !comment.user || comment.user.type === 'Bot') return;
  const owner = payload.repository.owner.login;
  const repo = payload.repository.name;
  const today = env.now().toISOString().slice(0, 10);
  // Most comments hold no command: they cost no request.
  if (!/^[ \t]*\/gonogo(?=\s|$)/im.test(comment.body)) return;

  // The rules' gate ids, so `/gonogo waive` names a real gate; a broken rules file is the evaluation's to report.
  let gates: string[] | undefined;
  try {
    gates = (await readRepositoryRules(env.client, { owner, repo })).rules.gates.map((gate) => gate.id);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
  }
  const parsed = parseCommentCommands(comment.body, { today, ...(gates ? { gates } : {}) });
  if (parsed.commands.length === 0 && parsed.errors.length === 0) return;
  await reactToComment(env.client, {
    owner,
    repo,
    commentId: comment.id,
    content: parsed.errors.length ? 'confused' : 'eyes',
  });

  const { data: pull } = await env.client.rest.pulls.get({ owner, repo, pull_number: issue.number });
  const headSha = pull.head.sha;
  const existing = await listBotComments(env.client, {
    owner,
    repo,
    issueNumber: issue.number,
    ...(env.appId === undefined ? {} : { appId: env.appId }),
  });
  const answered = existing.find((reply) => reply.body.startsWith(replyMarker(comment.id)));
  const answers = parsed.errors.map((error) => `Line ${error.line}: ${error.message}`);
  const records: string[] = [];
  const granted: GateWaiver[] = [];
  const author = comment.user.login;
  let evaluateAgain = false;
  let postReport = false;
  for (const command of parsed.commands) {
    if (command.kind === 'help') answers.push(helpText());
    else if (command.kind === 'evaluate') evaluateAgain = true;
    else if (command.kind === 'report') postReport = evaluateAgain = true;
    else if (pull.state !== 'open') answers.push('This pull request is closed: nothing to waive.');
    else if (!(await canWrite(env.client, { owner, repo, username: author }))) {
      answers.push(
        `${inlineCode(author)} cannot waive ${inlineCode(command.gate)}: waivers need write, maintain or admin permission on this repository.`,
      );
    } else {
      const waiver = waiverFromCommand(command, { author, at: comment.created_at, headSha });
      records.push(encodeWaiverRecord(waiver));
      // Already recorded by an earlier delivery of this comment: the evaluation reads it from that reply.
      if (!answered || !decodeWaiverRecord(answered.body))
        granted.push({
          gate: waiver.gate,
          reason: waiver.reason,
          owner: waiver.owner,
          expires: waiver.expires,
          grantedAt: waiver.grantedAt,
          source: comment.html_url,
        });
      answers.push(
        `Waiver recorded: gate ${inlineCode(waiver.gate)} is accepted for ${inlineCode(headSha.slice(0, 7))}${waiver.expires ? ` until ${waiver.expires}` : ''} by ${inlineCode(author)} — ${escapeMarkdown(waiver.reason)}. New commits end it.`,
      );
      evaluateAgain = true;
    }
  }

  if (evaluateAgain && pull.state === 'open') {
    const outcome = await evaluateCommit(
      env,
      {
        owner,
        repo,
        headSha,
        pull: { number: issue.number, baseSha: pull.base.sha },
        baseSha: pull.base.sha,
        defaultBranchPush: false,
        trigger: `/gonogo by ${author}`,
      },
      { waivers: granted },
    );
    if (postReport)
      answers.push(
        outcome.state === 'waiting'
          ? `Still waiting for: ${outcome.progress.pending.map((p) => inlineCode(p.workflow)).join(', ')}. The report follows once they complete.`
          : outcome.markdown.length > REPORT_LIMIT
            ? `${outcome.markdown.slice(0, REPORT_LIMIT).replace(/\n[^\n]*$/, '')}\n\n…cut at GitHub's comment limit.`
            : outcome.markdown,
      );
  }
  if (answers.length === 0) return;
  await replyToCommand(env.client, {
    owner,
    repo,
    issueNumber: issue.number,
    commentId: comment.id,
    body: [...records, ...answers].join('\n\n'),
    existing,
  });
}
