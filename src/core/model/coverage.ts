/** Branch counts recorded for one line. */
export interface BranchCount {
  covered: number;
  total: number;
}

/** Coverage of one source file: line number → hits, and branch counts per line. */
export interface FileCoverage {
  /** The path as the report names it, backslashes turned into `/`. */
  path: string;
  /** Coverable lines: line number → hit count (0 = not covered). */
  lines: Map<number, number>;
  /** Branches per line, or `null` when the report's format carries no branch data. */
  branches: Map<number, BranchCount> | null;
}

/** Formats gonogo detects for coverage reports. */
export type CoverageFormat = 'cobertura';

/** One parsed coverage report. */
export interface CoverageReport {
  /** The file it was read from, as given to gonogo. */
  source: string;
  format: CoverageFormat;
  /** Source roots the report declares (Cobertura `<sources>`), for path resolution. */
  sourceRoots: string[];
  /** One entry per distinct file path; repeated listings of a file are already merged. */
  files: FileCoverage[];
}

/** Covered and total counts. `total` 0 means "no data" and renders as n/a, never as 0 %. */
export interface Ratio {
  covered: number;
  total: number;
}
