import picomatch from 'picomatch';
import { readZipReports } from '../core/artifacts/read-zip-reports.js';
import { DEFAULT_ZIP_LIMITS } from '../core/artifacts/zip-limits.js';
import { getErrorMessage } from '../core/errors/get-error-message.js';
import { InputError } from '../core/errors/input-error.js';
import type { WorkflowRunState } from '../core/workflows/workflow-progress.js';
import { downloadArtifact } from '../github/artifacts/download-artifact.js';
import { listArtifactsOfRuns } from '../github/artifacts/list-run-artifacts.js';
import type { GithubClient } from '../github/create-github-client.js';
import { GitHubApiError } from '../github/github-api-error.js';

/** The text files of one artifact, read from its zip. */
export interface ArtifactFiles {
  name: string;
  runName: string;
  files: { path: string; text: string }[];
  skipped: { path: string; reason: string }[];
}

/** What the runs' artifacts gave: readable ones, refused ones (with why) and notes for the report. */
export interface GatheredArtifacts {
  artifacts: ArtifactFiles[];
  /** Artifacts that could not be read (too large, a zip bomb, a corrupt zip, an API error): inputs are incomplete. */
  refused: string[];
  notes: string[];
}

/**
 * Downloads and unzips, in memory and within `DEFAULT_ZIP_LIMITS`, the artifacts of the completed runs whose name
 * matches one of `names` (globs; every artifact when empty). Report contents stay untrusted text: they are parsed
 * later like any file. An artifact that cannot be read is refused with its reason, never skipped silently.
 */
export async function gatherArtifacts(
  client: GithubClient,
  options: { owner: string; repo: string; runs: readonly WorkflowRunState[]; names: readonly string[] },
): Promise<GatheredArtifacts> {
  const { owner, repo } = options;
  const wanted = options.names.length ? picomatch([...options.names], { dot: true }) : () => true;
  let listed;
  try {
    listed = await listArtifactsOfRuns(client, { owner, repo, runs: options.runs });
  } catch (error) {
    const message = GitHubApiError.from(error, `${owner}/${repo}`, {
      name: 'workflow artifacts',
      needs: 'read workflow runs and their artifacts (it needs the "actions: read" permission)',
    }).message;
    return { artifacts: [], refused: [`artifacts: ${message}`], notes: [] };
  }
  const artifacts: ArtifactFiles[] = [];
  const refused: string[] = [];
  const notes: string[] = [];
  for (const artifact of listed.expired.filter((a) => wanted(a.name)))
    notes.push(`artifact ${artifact.name} of ${artifact.run.name} has expired: not read`);
  const chosen = listed.artifacts.filter((artifact) => wanted(artifact.name));
  const ignored = listed.artifacts.length - chosen.length;
  if (ignored > 0) notes.push(`${ignored} artifact(s) not named in app.artifacts: not read`);
  for (const artifact of chosen) {
    try {
      const bytes = await downloadArtifact(client, {
        owner,
        repo,
        artifactId: artifact.id,
        name: artifact.name,
      });
      const read = readZipReports(bytes, DEFAULT_ZIP_LIMITS, `artifact ${artifact.name}`);
      artifacts.push({ name: artifact.name, runName: artifact.run.name, ...read });
    } catch (error) {
      if (!(error instanceof InputError || error instanceof GitHubApiError)) throw error;
      refused.push(`artifact ${artifact.name} of ${artifact.run.name}: ${getErrorMessage(error)}`);
    }
  }
  return { artifacts, refused, notes };
}
