import type { SastFormat, SastReport } from '../model/finding.js';

/** One SAST report format. Register new formats in `parse-sast.ts`. */
export interface SastParser {
  readonly format: SastFormat;
  /** Whether the parsed JSON document is this format. */
  detect(document: unknown): boolean;
  /** Normalizes a parsed document. Throws `InputError` naming the file, the place and the cause. */
  parse(document: unknown, source: string): SastReport;
}
