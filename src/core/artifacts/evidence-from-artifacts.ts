import picomatch from 'picomatch';
import { parseCoverage } from '../coverage/parse-coverage.js';
import { InputError } from '../errors/input-error.js';
import type { CoverageReport } from '../model/coverage.js';
import type { FamilyInput } from '../model/evidence-bundle.js';
import type { SastReport } from '../model/finding.js';
import type { TrackerReport } from '../model/tracked-item.js';
import type { Rules } from '../rules/rules.js';
import { parseSast } from '../sast/parse-sast.js';
import { parseTracker } from '../trackers/parse-tracker.js';
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

/** Names listed in a note before "and N more". */
const LISTED = 5;

const listed = (names: readonly string[]) =>
  names.length <= LISTED
    ? names.join(', ')
    : `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;

interface NamedFile {
  /** `<artifact>/<path in the zip>`: how every message and report names it. */
  source: string;
  path: string;
  text: string;
}

/**
 * Parses one family: the files its globs match (against the path in the zip or `<artifact>/<path>`) when the rules
 * configure some, else the files `classifyReport` puts in it. A glob that matches nothing, or a matched file that
 * does not parse, is a problem its gates fail closed on — never an exception: one bad report must not stop the
 * evaluation of the others.
 */
function family<T>(
  files: readonly NamedFile[],
  globs: readonly string[],
  detected: (file: NamedFile) => boolean,
  parse: (text: string, source: string) => T,
): FamilyInput<T> & { read: Set<string> } {
  const reports: T[] = [];
  const problems: string[] = [];
  const read = new Set<string>();
  let chosen: NamedFile[];
  if (globs.length) {
    chosen = [];
    for (const glob of globs) {
      const matches = picomatch(glob, { dot: true });
      const found = files.filter((file) => matches(file.path) || matches(file.source));
      if (found.length === 0) problems.push(`no artifact file matches "${glob}"`);
      for (const file of found) if (!chosen.includes(file)) chosen.push(file);
    }
  } else chosen = files.filter(detected);
  for (const file of chosen) {
    read.add(file.source);
    try {
      reports.push(parse(file.text, file.source));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
  }
  return {
    configured: globs.length > 0 || chosen.length > 0,
    requested: [...globs],
    reports,
    problems,
    read,
  };
}

/**
 * The evidence in the artifacts of a commit's workflow runs: coverage, SAST and tracker files, chosen by the rules'
 * `inputs` globs when they have some and by content otherwise (tracker files only by globs: a markdown file is not
 * a checklist because it is in an artifact). Report contents are untrusted text: they go through the same parsers
 * as any file. Deterministic: artifacts in the order given, files in path order.
 */
export function evidenceFromArtifacts(
  artifacts: readonly ArtifactContent[],
  inputs: Rules['inputs'],
): ArtifactEvidence {
  const files: NamedFile[] = artifacts.flatMap((artifact) =>
    [...artifact.files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => ({ source: `${artifact.name}/${file.path}`, path: file.path, text: file.text })),
  );
  const kinds = new Map(files.map((file) => [file.source, classifyReport(file.text, file.path)]));
  const coverage = family(
    files,
    inputs.coverage,
    (file) => kinds.get(file.source) === 'coverage',
    parseCoverage,
  );
  const sast = family(files, inputs.sast, (file) => kinds.get(file.source) === 'sast', parseSast);
  const trackers = family(
    files,
    inputs.trackers,
    () => false,
    (text, source) => parseTracker(text, source, { labels: inputs.labels }),
  );
  const notes: string[] = [];
  const unread = files
    .filter(
      (file) =>
        !coverage.read.has(file.source) && !sast.read.has(file.source) && !trackers.read.has(file.source),
    )
    .map((file) => file.source);
  if (unread.length)
    notes.push(`${unread.length} artifact file(s) are not reports gonogo reads: ${listed(unread)}`);
  const skipped = artifacts.flatMap((artifact) =>
    artifact.skipped.map((entry) => `${artifact.name}/${entry.path} (${entry.reason})`),
  );
  if (skipped.length)
    notes.push(
      `${skipped.length} artifact entr${skipped.length === 1 ? 'y was' : 'ies were'} not read: ${listed(skipped)}`,
    );
  const strip = <T>({ read: _read, ...input }: FamilyInput<T> & { read: Set<string> }): FamilyInput<T> =>
    input;
  return { coverage: strip(coverage), sast: strip(sast), trackers: strip(trackers), notes };
}
