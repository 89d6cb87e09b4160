import type { CoverageFormat, CoverageReport } from '../model/coverage.js';

/** Incremental reading of one report: text in chunks, the report at the end. */
export interface CoverageStream {
  write(chunk: string): void;
  /** Finishes reading; throws `InputError` for a truncated or malformed report. */
  end(): CoverageReport;
}

/** One coverage report format. Register new formats in `parse-coverage.ts`. */
export interface CoverageParser {
  readonly format: CoverageFormat;
  /** Whether the beginning of a file (its first few KB) looks like this format. Content only, never the name. */
  detect(head: string): boolean;
  /** Parses a whole report. Throws `InputError` naming the file, the place and the cause. */
  parse(text: string, source: string): CoverageReport;
  /** Reads a report incrementally, for reports too large to hold whole; formats without it are read whole. */
  open?(source: string): CoverageStream;
}
