import { InputError } from '../../core/errors/input-error.js';
import type { GithubClient } from '../create-github-client.js';
import { GitHubApiError } from '../github-api-error.js';
import { ARTIFACTS_SUBJECT } from './artifacts-subject.js';

/** Largest artifact zip downloaded: well above report artifacts, small enough to hold in memory. */
export const MAX_ARTIFACT_BYTES = 100 * 1024 * 1024;

/** Which artifact, and how much of it to accept. */
export interface DownloadArtifactOptions {
  owner: string;
  repo: string;
  artifactId: number;
  /** How messages name it (`coverage`); the id alone when absent. */
  name?: string;
  /** Bytes accepted before the download is cut off (`MAX_ARTIFACT_BYTES`). */
  maxBytes?: number;
  /** Milliseconds the whole download may take (5 minutes), so a stalled storage server cannot hold the job. */
  timeoutMs?: number;
}

const mb = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

/** The body's bytes, read chunk by chunk and abandoned as soon as they pass `maxBytes`. */
async function readCapped(body: unknown, maxBytes: number, tooLarge: () => InputError): Promise<Uint8Array> {
  if (body instanceof ArrayBuffer) {
    if (body.byteLength > maxBytes) throw tooLarge();
    return new Uint8Array(body);
  }
  if (!(body instanceof ReadableStream)) return new Uint8Array(0);
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * The zip of a workflow artifact. `GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip` answers 302 with a
 * short-lived storage URL; Octokit's `fetch` follows it (and, the storage being another origin, drops the
 * token), then would buffer the whole body into memory (octokit/request.js#240, octokit/octokit.js#1999). So the
 * body is taken unparsed (`parseSuccessResponseBody: false`), refused from its `content-length` when that is over
 * `maxBytes`, and otherwise read as a stream that is cut off once past it: an `InputError` naming the artifact and
 * the limit. An API failure (404, 410 for an expired artifact, 403 without "actions: read") is a `GitHubApiError`.
 */
export async function downloadArtifact(
  client: GithubClient,
  options: DownloadArtifactOptions,
): Promise<Uint8Array> {
  const { owner, repo, artifactId } = options;
  const maxBytes = options.maxBytes ?? MAX_ARTIFACT_BYTES;
  const label = options.name ? `artifact ${options.name} (id ${artifactId})` : `artifact ${artifactId}`;
  const tooLarge = (size?: number) =>
    new InputError(
      label,
      size === undefined
        ? `download passed the ${mb(maxBytes)} limit; refused`
        : `download of ${mb(size)} is over the ${mb(maxBytes)} limit; refused`,
    );
  try {
    const response = await client.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifactId,
      archive_format: 'zip',
      request: { parseSuccessResponseBody: false, signal: AbortSignal.timeout(options.timeoutMs ?? 300_000) },
    });
    const length = Number(response.headers['content-length']);
    if (Number.isFinite(length) && length > maxBytes) {
      await (response.data as unknown as ReadableStream | null)?.cancel?.().catch(() => {});
      throw tooLarge(length);
    }
    return await readCapped(response.data, maxBytes, () => tooLarge());
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw GitHubApiError.from(error, `${owner}/${repo}`, ARTIFACTS_SUBJECT);
  }
}
