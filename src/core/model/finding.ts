import type { Severity } from './severity.js';

/** SARIF's `baselineState`, or `null` when the report does not say. */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent' | null;

/** One result of a SAST tool, normalized. */
export interface Finding {
  tool: string;
  ruleId: string;
  severity: Severity;
  /** Repo-relative POSIX path when known, else the report's URI, else `null` (no location). */
  path: string | null;
  line: number | null;
  endLine: number | null;
  message: string;
  /** Stable across line shifts: from the tool's own fingerprints, else a hash of tool, rule, path and snippet/message. */
  fingerprint: string;
  suppressed: boolean;
  baselineState: BaselineState;
  /** False when the run that produced it was incomplete (crashed, errored, or has no results array). */
  runComplete: boolean;
}

/** Formats gonogo detects for SAST reports. */
export type SastFormat = 'sarif';

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
