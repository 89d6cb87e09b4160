import type { CoverageFormat, CoverageReport } from '../model/coverage.js';

/** One coverage report format. Register new formats in `parse-coverage.ts`. */
export interface CoverageParser {
  readonly format: CoverageFormat;
  /** Whether the beginning of a file (its first few KB) looks like this format. Content only, never the name. */
  detect(head: string): boolean;
  /** Parses a whole report. Throws `InputError` naming the file, the place and the cause. */
  parse(text: string, source: string): CoverageReport;
}
