import { artifactPath } from './artifact-path.js';
import type { SarifResult, SarifRun } from './sarif-schema.js';

/** Where a finding is: path and lines, all `null` when the result has no physical location. */
export interface ResultLocation {
  path: string | null;
  line: number | null;
  endLine: number | null;
  /** The code the region covers, when the tool quotes it. */
  snippet: string | undefined;
}

const NOWHERE: ResultLocation = { path: null, line: null, endLine: null, snippet: undefined };

/**
 * The first physical location of a result. The URI comes from the `artifactLocation`, or from `run.artifacts`
 * through its `index`; `endLine` defaults to `startLine`.
 */
export function resultLocation(result: SarifResult, run: SarifRun): ResultLocation {
  const physical = result.locations?.find((location) => location?.physicalLocation)?.physicalLocation;
  const artifact = physical?.artifactLocation;
  if (!physical || !artifact) return NOWHERE;
  const listed = artifact.index === undefined ? undefined : run.artifacts?.[artifact.index]?.location;
  // The location's own URI wins, with its own base: SARIF requires them to agree with the listed artifact.
  const uri = artifact.uri ?? listed?.uri;
  const uriBaseId = artifact.uri !== undefined ? artifact.uriBaseId : listed?.uriBaseId;
  if (uri === undefined || uri.trim() === '') return NOWHERE;

  const line = physical.region?.startLine ?? null;
  const endLine = line === null ? null : Math.max(line, physical.region?.endLine ?? line);
  const path = artifactPath(uri, uriBaseId, run.originalUriBaseIds);
  return { path, line, endLine, snippet: physical.region?.snippet?.text };
}
