import { resolve } from 'node:path';
import { changedLines } from '../core/diff/changed-lines.js';
import type { EvidenceBundle, FamilyInput } from '../core/model/evidence-bundle.js';
import type { TrackerReport } from '../core/model/tracked-item.js';
import type { GithubTrackerRule, Rules } from '../core/rules/rules.js';
import { parseSast } from '../core/sast/parse-sast.js';
import { parseTracker } from '../core/trackers/parse-tracker.js';
import { expandInputs } from './expand-inputs.js';
import { gatherTodos } from './gather-todos.js';
import { readReports } from './read-reports.js';
import type { ReportReader } from './read-reports.js';
import { streamCoverageFile } from './stream-coverage-file.js';
import { readRepositoryFacts } from './read-repository-facts.js';
import { readTextFile } from './read-text-file.js';

/** Input patterns given on the command line; a family given here replaces the rules' `inputs` for it. */
export interface InputFlags {
  coverage: readonly string[];
  baseCoverage: readonly string[];
  baseSast: readonly string[];
  sast: readonly string[];
  trackers: readonly string[];
  diff: string | null;
}

async function gatherFamily<T>(
  patterns: readonly string[],
  cwd: string,
  expected: string,
  parse: ReportReader<T>,
): Promise<FamilyInput<T>> {
  if (patterns.length === 0) return { configured: false, requested: [], reports: [], problems: [] };
  const { files, problems } = await expandInputs(patterns, cwd);
  const reports = await readReports(files, cwd, expected, parse);
  return { configured: true, requested: [...patterns], reports, problems };
}

/**
 * Reads the issues of a `github:` tracker entry: the Action and the App pass one (they hold a token for the
 * repository); it returns the report, or a problem to fail the tracker gates closed with.
 */
export type GithubTrackerReader = (entry: GithubTrackerRule) => Promise<TrackerReport | { problem: string }>;

/**
 * Tracker files from the flags, else from the rules. The rules' `github:` entries are read by `readGithub` when
 * the shell has one (the Action, the App); without one (the CLI) each is a problem the tracker gates report
 * (fail closed), unless `--tracker` replaces the rules' trackers.
 */
async function gatherTrackers(
  given: readonly string[],
  rules: Rules,
  cwd: string,
  readGithub: GithubTrackerReader | undefined,
): Promise<FamilyInput<TrackerReport>> {
  const parse = (text: string, source: string) => parseTracker(text, source, { labels: rules.inputs.labels });
  if (given.length) return gatherFamily(given, cwd, 'a tracker', parse);
  const family = await gatherFamily(rules.inputs.trackers, cwd, 'a tracker', parse);
  const github = rules.inputs.githubTrackers;
  if (github.length === 0) return family;
  const reports = [...family.reports];
  const problems = [...family.problems];
  for (const entry of github) {
    const name = `github:${entry.repo ?? 'this repository'}`;
    if (!readGithub) {
      problems.push(
        `${name}: GitHub issues are read by the Action and the App; from the CLI, export them (gh issue list --state all --json …) and pass the file with --tracker`,
      );
      continue;
    }
    const read = await readGithub(entry);
    if ('problem' in read) problems.push(`${name}: ${read.problem}`);
    else reports.push(read);
  }
  return {
    configured: true,
    requested: [...family.requested, ...github.map((entry) => `github:${entry.repo ?? 'this repository'}`)],
    reports,
    problems,
  };
}

/** Reads and parses every input the flags (or else the rules) ask for. Unreadable or malformed files throw. */
export async function gatherEvidence(
  flags: InputFlags,
  rules: Rules,
  cwd: string,
  readGithub?: GithubTrackerReader,
): Promise<EvidenceBundle> {
  const pick = (given: readonly string[], configured: readonly string[]) =>
    given.length ? given : configured;
  const coverage = await gatherFamily(pick(flags.coverage, rules.inputs.coverage), cwd, 'a coverage report', {
    stream: streamCoverageFile,
  });
  const baseCoverage = await gatherFamily(flags.baseCoverage, cwd, 'a base coverage report', {
    stream: streamCoverageFile,
  });
  const sast = await gatherFamily(pick(flags.sast, rules.inputs.sast), cwd, 'a SAST report', parseSast);
  return {
    coverage,
    baseCoverage,
    sast,
    baseSast: await gatherFamily(flags.baseSast, cwd, 'a base SAST report', parseSast),
    trackers: await gatherTrackers(flags.trackers, rules, cwd, readGithub),
    todos: await gatherTodos(rules, cwd),
    baselineFingerprints: null,
    diff:
      flags.diff === null
        ? null
        : changedLines(
            await readTextFile(resolve(cwd, flags.diff), 'a unified diff', flags.diff),
            flags.diff,
          ),
    // Only report paths are matched against the repository's files: skip listing them otherwise.
    repository:
      coverage.configured || baseCoverage.configured || sast.configured
        ? await readRepositoryFacts(cwd)
        : { files: null, goModule: null },
  };
}
