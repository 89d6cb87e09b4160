import type { CheckRunAnnotation } from '../core/publish/check-run-annotation.js';
import { API_SUBJECTS } from './api-subjects.js';
import { annotationsMarker } from './annotations-marker.js';
import { checkRunOutput } from './check-run-output.js';
import { closeSupersededRun } from './close-superseded-run.js';
import type { GithubClient } from './create-github-client.js';
import { findCheckRuns } from './find-check-runs.js';
import { GitHubApiError } from './github-api-error.js';
import { planCheckRun } from './plan-check-run.js';
import { prepareAnnotations } from './prepare-annotations.js';

export { startCheckRun } from './start-check-run.js';

/** The most annotations gonogo sends for one check run: the most important, as given. */
export const MAX_ANNOTATIONS = 200;

/** GitHub takes at most 50 annotations per request. */
const BATCH = 50;

/** A check run to publish on a commit. */
export interface PublishCheckRunOptions {
  owner: string;
  repo: string;
  /** The check's name, as branch protection requires it. */
  name: string;
  headSha: string;
  conclusion: 'success' | 'neutral' | 'failure' | 'action_required';
  title: string;
  /** Markdown; cut to GitHub's 65,535 bytes if longer. */
  summary: string;
  /** Markdown below the summary (the baseline marker on default-branch pushes). */
  text?: string;
  /** Most important first; the first `MAX_ANNOTATIONS` that have a repository path are sent. */
  annotations: readonly CheckRunAnnotation[];
  detailsUrl?: string;
  /** Buttons under the check run (at most three): GitHub sends `check_run.requested_action` with the identifier. */
  actions?: readonly CheckRunAction[];
}

/** A button of a check run: label ≤ 20 characters, description ≤ 40, identifier ≤ 20. */
export interface CheckRunAction {
  label: string;
  description: string;
  identifier: string;
}

/** The run written, and how many annotations it shows. */
export interface PublishedCheckRun {
  id: number;
  url: string;
  /** False when an existing run of this name on this commit was updated. */
  created: boolean;
  annotationsSent: number;
  /** Annotations not sent: beyond `MAX_ANNOTATIONS`, or without a repository path. The summary says so. */
  annotationsOmitted: number;
  /** A stale in-progress run this one replaced (closed as cancelled), if any. */
  superseded: number | null;
}

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) out.push(items.slice(start, start + BATCH));
  return out.length ? out : [[]];
};

/** The lines that close the summary when annotations were left out. */
function omissionNotes(beyondCap: number, invalid: number): string[] {
  const notes: string[] = [];
  if (beyondCap > 0)
    notes.push(
      `> ${beyondCap} more ${beyondCap === 1 ? 'place is' : 'places are'} not annotated: gonogo annotates at most ${MAX_ANNOTATIONS}, the most important first.`,
    );
  if (invalid > 0)
    notes.push(
      `> ${invalid} ${invalid === 1 ? 'finding has' : 'findings have'} no repository path or line, so ${invalid === 1 ? 'it is' : 'they are'} not annotated.`,
    );
  return notes;
}

/**
 * Publishes the check run `name` on `headSha` — one request to look for an earlier run, then one per 50
 * annotations (at least one) — and is safe to repeat: see `planCheckRun`. The last request completes the run with
 * `conclusion`; a run created here stays `in_progress` until then, so a publish that fails halfway never shows a
 * finished check with annotations missing, and repeating it sends only the missing batches. `annotationsSent`
 * counts the annotations the run holds once done, whichever attempt sent them. Throws
 * `GitHubApiError` (with `status`; 403 when the token may not write checks).
 */
export async function publishCheckRun(
  client: GithubClient,
  options: PublishCheckRunOptions,
): Promise<PublishedCheckRun> {
  const { owner, repo } = options;
  const prepared = prepareAnnotations(options.annotations, MAX_ANNOTATIONS);
  const marker = annotationsMarker(prepared.annotations);
  const output = checkRunOutput({
    title: options.title,
    summary: options.summary,
    ...(options.text === undefined ? {} : { text: options.text }),
    marker,
    notes: omissionNotes(prepared.beyondCap, prepared.invalid),
  });
  try {
    const runs = await findCheckRuns(client, { owner, repo, sha: options.headSha, name: options.name });
    const plan = planCheckRun(runs, {
      marker,
      count: prepared.annotations.length,
      conclusion: options.conclusion,
    });
    const batches = chunks(prepared.annotations.slice(plan.kind === 'update' ? plan.from : 0));
    const details = {
      ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
      ...(options.actions?.length
        ? { actions: options.actions.slice(0, 3).map((action) => ({ ...action })) }
        : {}),
    };
    let run = plan.kind === 'update' ? { id: plan.run.id, url: plan.run.url } : null;
    for (const [index, batch] of batches.entries()) {
      const last = index === batches.length - 1;
      const body = {
        output: { ...output, ...(batch.length ? { annotations: batch } : {}) },
        ...(last ? { status: 'completed' as const, conclusion: options.conclusion, ...details } : {}),
      };
      if (run === null) {
        const { data } = await client.rest.checks.create({
          owner,
          repo,
          name: options.name,
          head_sha: options.headSha,
          ...details,
          ...(last ? {} : { status: 'in_progress' as const }),
          ...body,
        });
        run = { id: data.id, url: data.html_url ?? data.url };
      } else {
        await client.rest.checks.update({ owner, repo, check_run_id: run.id, ...body });
      }
    }
    if (run === null) throw new Error('unreachable: a check run is always written');
    const stale = plan.kind === 'create' ? plan.supersede : null;
    const superseded = stale
      ? await closeSupersededRun(client, { owner, repo, id: stale.id, replacementUrl: run.url })
      : null;
    return {
      id: run.id,
      url: run.url,
      created: plan.kind === 'create',
      annotationsSent: prepared.annotations.length,
      annotationsOmitted: prepared.beyondCap + prepared.invalid,
      superseded,
    };
  } catch (error) {
    throw GitHubApiError.from(error, `${owner}/${repo}`, API_SUBJECTS.checkRuns);
  }
}
