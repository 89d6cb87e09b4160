import picomatch from 'picomatch';
import { parseCoverage } from '../coverage/parse-coverage.js';
import { getErrorMessage } from '../errors/get-error-message.js';
import { InputError } from '../errors/input-error.js';
import type { CoverageReport } from '../model/coverage.js';
import type { FamilyInput } from '../model/evidence-bundle.js';
import type { SastReport } from '../model/finding.js';
import type { TrackerReport } from '../model/tracked-item.js';
import type { Rules } from '../rules/rules.js';
import { parseSast } from '../sast/parse-sast.js';
import { parseTracker } from '../trackers/parse-tracker.js';
import { artifactLabels } from './artifact-labels.js';
import { classifyReport } from './classify-report.js';

/** The files of one artifact, as `readZipReports` read them. */
export interface ArtifactContent {
  /** The artifact's name (`coverage-report`). */
  name: string;
  /** The workflow that uploaded it, for messages. */
  runName: string;
  files: readonly { path: string; text: string }[];
  skipped: readonly { path: string; reason: string }[];
}

/** The evidence the artifacts hold, per family, and notes for the report. */
export interface ArtifactEvidence {
  coverage: FamilyInput<CoverageReport>;
  sast: FamilyInput<SastReport>;
  trackers: FamilyInput<TrackerReport>;
  notes: string[];
}

interface ArtifactFile {
  /** `<artifact>/<path in the zip>`: how every message and report names it. */
  source: string;
  /** The path in the zip, and `<artifact name>/<path>`: what globs are matched against. */
  paths: [string, string];
  text: string;
}

type Family = 'coverage' | 'sast' | 'trackers';

/** Names listed in a note before "and N more": hundreds of HTML pages must not drown the report. */
const LISTED = 5;

const listed = (names: readonly string[]) =>
  names.length <= LISTED
    ? names.join(', ')
    : `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;

const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The files a family's globs match, in file order, and a problem per glob that matches none. */
function matchGlobs(files: readonly ArtifactFile[], globs: readonly string[]) {
  const chosen = new Set<ArtifactFile>();
  const problems: string[] = [];
  for (const glob of globs) {
    const matches = picomatch(glob, { dot: true });
    const found = files.filter((file) => file.paths.some((path) => matches(path)));
    if (found.length === 0) problems.push(`no artifact file matches "${glob}"`);
    for (const file of found) chosen.add(file);
  }
  return { files: files.filter((file) => chosen.has(file)), problems };
}

/**
 * Parses a family's files. A file that does not parse is a problem its gates fail closed on, never an exception:
 * report contents are untrusted, and one bad report must not stop the evaluation of the others.
 */
function readFamily<T>(
  files: readonly ArtifactFile[],
  globs: readonly string[],
  globProblems: readonly string[],
  parse: (text: string, source: string) => T,
): FamilyInput<T> {
  const reports: T[] = [];
  const problems = [...globProblems];
  for (const file of files) {
    try {
      reports.push(parse(file.text, file.source));
    } catch (error) {
      problems.push(
        error instanceof InputError
          ? error.message
          : `${file.source}: could not be read (${getErrorMessage(error)})`,
      );
    }
  }
  return { configured: globs.length > 0 || files.length > 0, requested: [...globs], reports, problems };
}

/**
 * The evidence in the artifacts of a commit's workflow runs. A family whose `inputs` globs are set reads exactly
 * the files they match (against the path in the zip or `<artifact>/<path>`), and a glob matching nothing is a
 * problem. A family without globs reads the other files `classifyReport` recognizes for it; tracker files are
 * only read through globs (a markdown file is no checklist because it sits in an artifact). Files matched by a
 * family's globs are that family's alone. Deterministic: artifacts in the order given, files in path order.
 */
export function evidenceFromArtifacts(
  artifacts: readonly ArtifactContent[],
  inputs: Rules['inputs'],
): ArtifactEvidence {
  const labels = artifactLabels(artifacts);
  const files: ArtifactFile[] = artifacts.flatMap((artifact, index) =>
    [...artifact.files].sort(byPath).map((file) => ({
      source: `${labels[index]}/${file.path}`,
      paths: [file.path, `${artifact.name}/${file.path}`] as [string, string],
      text: file.text,
    })),
  );
  const globs: Record<Family, readonly string[]> = {
    coverage: inputs.coverage,
    sast: inputs.sast,
    trackers: inputs.trackers,
  };
  const globbed = {
    coverage: matchGlobs(files, globs.coverage),
    sast: matchGlobs(files, globs.sast),
    trackers: matchGlobs(files, globs.trackers),
  };
  const claimed = new Set([globbed.coverage, globbed.sast, globbed.trackers].flatMap((found) => found.files));
  const kinds = new Map(
    files
      .filter((file) => !claimed.has(file))
      .map((file) => [file, classifyReport(file.text, file.paths[0])] as const),
  );
  const chosen = (family: Family) =>
    globs[family].length ? globbed[family].files : files.filter((file) => kinds.get(file) === family);
  const coverage = readFamily(chosen('coverage'), globs.coverage, globbed.coverage.problems, parseCoverage);
  const sast = readFamily(chosen('sast'), globs.sast, globbed.sast.problems, parseSast);
  const trackers = readFamily(chosen('trackers'), globs.trackers, globbed.trackers.problems, (text, source) =>
    parseTracker(text, source, { labels: inputs.labels }),
  );

  const notes: string[] = [];
  for (const family of ['coverage', 'sast'] as const) {
    if (globs[family].length === 0) continue;
    const missed = files.filter((file) => kinds.get(file) === family).map((file) => file.source);
    if (missed.length)
      notes.push(
        `${missed.length} ${family === 'sast' ? 'SAST' : family} report(s) not read, not matched by inputs.${family}: ${listed(missed)}`,
      );
  }
  const unknown = files.filter((file) => kinds.get(file) === null).map((file) => file.source);
  if (unknown.length)
    notes.push(`${unknown.length} artifact file(s) are not reports gonogo reads: ${listed(unknown)}`);
  // A directory entry holds nothing: its files are entries of their own.
  const skipped = artifacts.flatMap((artifact, index) =>
    artifact.skipped
      .filter((entry) => entry.reason !== 'a directory')
      .sort(byPath)
      .map((entry) => `${labels[index]}/${entry.path} (${entry.reason})`),
  );
  if (skipped.length)
    notes.push(
      `${skipped.length} artifact entr${skipped.length === 1 ? 'y was' : 'ies were'} not read: ${listed(skipped)}`,
    );
  return { coverage, sast, trackers, notes };
}
