import type { TrackerFormat, TrackerReport } from '../model/tracked-item.js';

/** One tracker format. Register new formats in `parse-tracker.ts`. */
export interface TrackerParser {
  readonly format: TrackerFormat;
  /** Whether the beginning of a file looks like this format. Content only, never the name. */
  detect(head: string): boolean;
  /** Parses a whole file. Throws `InputError` naming the file, the place and the cause. */
  parse(text: string, source: string): TrackerReport;
}
