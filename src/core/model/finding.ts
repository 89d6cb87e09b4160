import type { Severity } from './severity.js';

/** SARIF's `baselineState`, or `null` when the report does not say. */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent' | null;

/** How sure the tool is that a finding is real (Bandit's confidence, Semgrep's, SARIF's `precision`). */
export type Confidence = 'high' | 'medium' | 'low';

/** One result of a SAST tool, normalized. */
export interface Finding {
  tool: string;
  ruleId: string;
  severity: Severity;
  /** Repo-relative POSIX path when known, else the report's path or URI, else `null` (no location). */
  path: string | null;
  line: number | null;
  endLine: number | null;
  message: string;
  /** Stable across line shifts: tool, rule, path and the tool's own fingerprint or the snippet, plus an occurrence index. */
  fingerprint: string;
  suppressed: boolean;
  baselineState: BaselineState;
  /** False when the run that produced it was incomplete (crashed, errored, or has no results array). */
  runComplete: boolean;
  /** `null` when the tool does not say. */
  confidence: Confidence | null;
  /** CWE ids the tool attaches (`CWE-89`), sorted: how one problem reported by several tools is recognized. */
  cwes: string[];
  /** What identifies the finding apart from its place: the tool's trustworthy fingerprint, else its snippet, else its message. */
  identity: string;
  /** Index of its run in the report's `runs`. */
  run: number;
  /** After path resolution: the path as the report wrote it (`path` is then repo-relative when resolved). */
  reportPath?: string;
  /** After path resolution: whether `path` is a file of the repository. */
  resolved?: boolean;
}

/** Formats gonogo detects for SAST reports. */
export type SastFormat =
  'sarif' | 'semgrep' | 'bandit' | 'eslint' | 'npm-audit' | 'trivy' | 'gitleaks' | 'checkov';

/** One run of one tool inside a report. */
export interface SastRun {
  tool: string;
  format: SastFormat;
  complete: boolean;
  /** Why the run is incomplete, when it is. */
  incompleteReason: string | null;
}

/** One parsed SAST report (a SARIF file may hold several runs). */
export interface SastReport {
  source: string;
  format: SastFormat;
  runs: SastRun[];
  findings: Finding[];
}
