import { gunzipSync, gzipSync } from 'node:zlib';
import { getErrorMessage } from '../errors/get-error-message.js';
import { baselineWire } from './baseline-wire.js';
import type { BaselineWire } from './baseline-wire.js';

/** Covered and total, of lines or branches. */
type Counts = [covered: number, total: number];

/** What a later pull request compares with: the evaluation of one commit of the default branch, compacted. */
export interface Baseline {
  version: 1;
  /** The commit it describes; a reader checks it is the one it asked for. */
  sha: string;
  /** Covered and coverable lines per repository path. */
  coverage: Record<string, Counts>;
  /** Covered and total branches per path, when the reports had branches. */
  branches?: Record<string, Counts>;
  /** Fingerprints of every SAST finding of the commit. */
  fingerprints: string[];
  /** False when data had to be left out to fit; `omitted` says which (each family kept is kept whole). */
  complete?: boolean;
  omitted?: ('branches' | 'coverage' | 'fingerprints')[];
}

/** The most characters an encoded baseline takes: room is left in a check run's text (65,535 bytes) for the rest. */
export const BASELINE_MAX_LENGTH = 60_000;

const OPEN = '<!-- gonogo:baseline:v1:';
const CLOSE = ' -->';

/** Columns in path order; `coverage` and `branches` are looked up per path. */
function toWire(baseline: Baseline): BaselineWire {
  const paths = Object.keys(baseline.coverage).sort();
  const branches = baseline.branches;
  return {
    version: 1,
    sha: baseline.sha,
    paths,
    lines: paths.flatMap((path) => baseline.coverage[path] ?? [0, 0]),
    branches: branches ? paths.flatMap((path) => branches[path] ?? [0, 0]) : null,
    fingerprints: [...new Set(baseline.fingerprints)].sort(),
    complete: true,
    omitted: [],
  };
}

const pairs = (paths: string[], flat: number[]) =>
  Object.fromEntries(paths.map((path, index) => [path, [flat[index * 2], flat[index * 2 + 1]] as Counts]));

const marker = (wire: BaselineWire) =>
  `${OPEN}${gzipSync(JSON.stringify(wire), { level: 9 }).toString('base64')}${CLOSE}`;

/**
 * A baseline as a hidden HTML comment (`<!-- gonogo:baseline:v1:<base64 of gzip JSON> -->`) for a check run's
 * `output.text`, at most `maxLength` characters. When the whole does not fit, families are left out whole — first
 * branches, then per-file coverage, then fingerprints — and the baseline says so (`complete: false`, `omitted`):
 * what is kept is exact, what is missing is known to be missing. Fingerprints outlast coverage because a finding
 * taken for new blocks a merge for nothing, while a coverage drop can also be measured against base reports.
 */
export function encodeBaseline(baseline: Baseline, maxLength = BASELINE_MAX_LENGTH): string {
  const whole = toWire(baseline);
  const hadBranches = whole.branches !== null;
  const noBranches = { ...whole, branches: null };
  const noCoverage = { ...noBranches, paths: [], lines: [] };
  const candidates: [BaselineWire, BaselineWire['omitted']][] = [
    [whole, []],
    [noBranches, ['branches']],
    [noCoverage, ['coverage']],
    [{ ...noBranches, fingerprints: [] }, ['fingerprints']],
    [{ ...noCoverage, fingerprints: [] }, ['coverage', 'fingerprints']],
  ];
  for (const [wire, omitted] of candidates) {
    const dropped: BaselineWire['omitted'] = [
      ...(hadBranches && wire.branches === null ? (['branches'] as const) : []),
      ...omitted.filter((family) => family !== 'branches'),
    ];
    const text = marker({ ...wire, complete: dropped.length === 0, omitted: dropped });
    if (text.length <= maxLength) return text;
  }
  throw new Error(`a baseline does not fit in ${maxLength} characters even empty`);
}

/**
 * The baseline in `text` (a check run's `output.text`), `null` when there is no baseline marker. A marker that
 * cannot be read (cut short, not base64 of gzip, not the expected JSON) throws an `Error` saying why: a damaged
 * baseline is never read as a partial one.
 */
export function decodeBaseline(text: string): Baseline | null {
  const start = text.indexOf(OPEN);
  if (start < 0) return null;
  const end = text.indexOf(CLOSE, start + OPEN.length);
  if (end < 0) throw new Error('corrupt gonogo baseline: the marker is not closed (the text was cut?)');
  const payload = text.slice(start + OPEN.length, end).trim();
  let json: unknown;
  try {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) throw new Error('not base64');
    json = JSON.parse(gunzipSync(Buffer.from(payload, 'base64')).toString('utf8'));
  } catch (error) {
    throw new Error(`corrupt gonogo baseline: ${getErrorMessage(error)}`, { cause: error });
  }
  const parsed = baselineWire.safeParse(json);
  if (!parsed.success)
    throw new Error(`corrupt gonogo baseline: ${parsed.error.issues[0]?.message ?? 'unexpected content'}`);
  const wire = parsed.data;
  return {
    version: 1,
    sha: wire.sha,
    coverage: pairs(wire.paths, wire.lines),
    ...(wire.branches ? { branches: pairs(wire.paths, wire.branches) } : {}),
    fingerprints: wire.fingerprints,
    complete: wire.complete,
    omitted: wire.omitted,
  };
}
