import type { GateLevel } from '../model/gate-result.js';
import type { Priority } from '../model/priority.js';
import type { Confidence } from '../model/finding.js';
import type { LabelConventions } from '../trackers/labels/label-conventions.js';
import type { Severity } from '../model/severity.js';
import type { Category } from '../model/verdict.js';

/** Module references of a gate: names, every module marked critical, or none (the whole repository). */
export type ModuleSelector = readonly string[] | 'critical' | null;

export interface CoverageCheck {
  kind: 'coverage';
  metric: 'lines' | 'branches';
  /** Minimum percent, or `null` when the gate only limits the drop. */
  min: number | null;
  /** Most percentage points the coverage may drop against the base report, or `null`. */
  maxDrop: number | null;
  scope: 'all' | 'patch';
  modules: ModuleSelector;
  minChangedLines: number;
}

export interface SastCheck {
  kind: 'sast';
  /** Each limit: at most `max` findings of `severity` (or worse, when `orWorse`). */
  limits: readonly { severity: Severity; max: number; orWorse: boolean }[];
  scope: 'all' | 'new' | 'changed-files';
  /** Findings the tool rates below this are left out; unrated findings always count. */
  minConfidence: Confidence | null;
  allowIncomplete: boolean;
  tools: readonly string[] | null;
}

export interface IssuesCheck {
  kind: 'issues';
  state: 'open' | 'closed' | 'any';
  /** The priorities that count; `null` = any. */
  priorities: readonly Exclude<Priority, null>[] | null;
  severity: Severity | null;
  overdue: boolean;
  modules: ModuleSelector;
  labels: readonly string[] | null;
  max: number;
}

export interface ChecklistCheck {
  kind: 'checklist';
  files: readonly string[] | null;
  section: string | null;
  minDone: number;
}

export interface TodosCheck {
  kind: 'todos';
  scope: 'all' | 'new';
  max: number;
}

export type GateCheck = CoverageCheck | SastCheck | IssuesCheck | ChecklistCheck | TodosCheck;

/** One gate, resolved: defaults applied, inherited overrides merged. */
export interface GateRule {
  id: string;
  level: GateLevel;
  description: string | null;
  ifMissing: 'fail' | 'skip';
  check: GateCheck;
}

export interface ModuleRule {
  paths: readonly string[];
  critical: boolean;
}

/** A `github:` tracker entry: a repository's issues, read through the API. */
export interface GithubTrackerRule {
  /** `owner/name`, or `null` for the repository gonogo runs for. */
  repo: string | null;
  state: 'open' | 'all';
  /** This entry's label patterns first, then the rules' `inputs.labels`, then the defaults. */
  labels: LabelConventions;
}

export interface WaiverRule {
  gate: string | null;
  match: string;
  reason: string;
  owner: string | null;
  /** Last day it applies, `YYYY-MM-DD`. */
  expires: string | null;
}

/** The effective rules after `extends` is resolved. */
export interface Rules {
  /** The files that contributed, root last. */
  sources: readonly string[];
  inputs: {
    coverage: readonly string[];
    sast: readonly string[];
    /** Tracker file globs (plain entries and `file:` entries). */
    trackers: readonly string[];
    /** GitHub repositories whose issues are trackers (`github:` entries). */
    githubTrackers: readonly GithubTrackerRule[];
    pathMappings: readonly string[];
    maxUnresolvedPaths: number;
    /** Label conventions for tracker imports: the rules' patterns first, then the defaults. */
    labels: LabelConventions;
  };
  risk: { slaDays: Readonly<Record<Exclude<Priority, null>, number>> };
  modules: Readonly<Record<string, ModuleRule>>;
  gates: readonly GateRule[];
  readiness: { minScore: number; weights: Readonly<Record<Category, number>> };
  waivers: readonly WaiverRule[];
  /** How the App finds a commit's reports (`app:`). */
  app: {
    /** Workflows awaited (names or files); empty awaits every run of the commit. */
    workflows: readonly string[];
    /** Artifact name globs read; empty reads every artifact. */
    artifacts: readonly string[];
    timeoutMinutes: number;
  };
  /** TODO/FIXME comments (`todos:`). */
  todos: {
    keywords: readonly string[];
    caseSensitive: boolean;
    exclude: readonly string[];
    labels: readonly string[];
    maxNewIssues: number;
    /** Issue sync by the App on pushes to the default branch. */
    issues: 'off' | 'dry-run' | 'on';
  };
}

/** Weights of the readiness categories when the rules do not set them. */
export const DEFAULT_WEIGHTS: Readonly<Record<Category, number>> = {
  coverage: 30,
  security: 30,
  issues: 25,
  checklist: 15,
};
