import type { LineHits } from './line-hits.js';

/** Branch counts recorded for one line. */
export interface BranchCount {
  covered: number;
  total: number;
}

/** Coverage of one source file: line number → hits, and branch counts per line. */
export interface FileCoverage {
  /** The path as the report names it, backslashes turned into `/`. */
  path: string;
  /** Coverable lines: line number → hit count (0 = not covered), stored compactly. */
  lines: LineHits;
  /** Branches per line, or `null` when the report's format carries no branch data. */
  branches: Map<number, BranchCount> | null;
  /**
   * Totals the report states for a file that has no line records to recompute them from (JaCoCo counters written
   * by gcovr, Istanbul `coverage-summary.json`). Used only when `lines` is empty.
   */
  statedTotals?: { lines: Ratio; branches: Ratio | null } | null;
  /** Statements covered and total, for formats that count them (Go coverprofile). */
  statements?: Ratio | null;
  /** After path resolution: the path as the report wrote it (`path` is then repo-relative when resolved). */
  reportPath?: string;
  /** After path resolution: whether `path` is a file of the repository. Absent before resolution. */
  resolved?: boolean;
}

/** Formats gonogo detects for coverage reports. */
export type CoverageFormat =
  | 'cobertura'
  | 'jacoco'
  | 'clover'
  | 'lcov'
  | 'go-cover'
  | 'istanbul'
  | 'istanbul-summary'
  /** Per-file totals of an earlier evaluation, stored by the Action for the base commit. */
  | 'gonogo-baseline';

/** One parsed coverage report. */
export interface CoverageReport {
  /** The file it was read from, as given to gonogo. */
  source: string;
  format: CoverageFormat;
  /** Source roots the report declares (Cobertura `<sources>`), for path resolution. */
  sourceRoots: string[];
  /** One entry per distinct file path; repeated listings of a file are already merged. */
  files: FileCoverage[];
  /** True when the report holds per-file totals only (`coverage-summary.json`): it cannot serve patch coverage. */
  totalsOnly?: boolean;
}

/** Covered and total counts. `total` 0 means "no data" and renders as n/a, never as 0 %. */
export interface Ratio {
  covered: number;
  total: number;
}
