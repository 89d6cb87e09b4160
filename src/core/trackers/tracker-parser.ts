import type { TrackerFormat, TrackerReport } from '../model/tracked-item.js';
import type { LabelConventions } from './labels/label-conventions.js';

/** What importers need besides the file: how this team's labels carry priority, severity and module. */
export interface TrackerOptions {
  labels: LabelConventions;
}

/** A text format (markdown). Register new formats in `parse-tracker.ts`. */
export interface TextTrackerParser {
  readonly kind: 'text';
  readonly format: TrackerFormat;
  /** Whether the beginning of a file looks like this format. Content only, never the name. */
  detect(head: string): boolean;
  /** Parses a whole file. Throws `InputError` naming the file, the place and the cause. */
  parse(text: string, source: string, options?: TrackerOptions): TrackerReport;
}

/** A JSON export: `document` is the parsed file; for NDJSON, the array of its lines' values. */
export interface JsonTrackerParser {
  readonly kind: 'json';
  readonly format: TrackerFormat;
  /** Whether a parsed document is this export (by shape; `ndjson` says the file had one value per line). */
  detect(document: unknown, ndjson: boolean): boolean;
  parse(document: unknown, source: string, options: TrackerOptions): TrackerReport;
}

/** A CSV export: `rows[0]` is the header, column names repeated as the file repeats them (Jira's `Labels`). */
export interface CsvTrackerParser {
  readonly kind: 'csv';
  readonly format: TrackerFormat;
  detect(header: readonly string[]): boolean;
  /** `rows` are the records after the header; `lines[i]` is the file line where record `i` starts. */
  parse(
    header: readonly string[],
    rows: readonly (readonly string[])[],
    lines: readonly number[],
    source: string,
    options: TrackerOptions,
  ): TrackerReport;
}

/** One tracker format. */
export type TrackerParser = TextTrackerParser | JsonTrackerParser | CsvTrackerParser;
