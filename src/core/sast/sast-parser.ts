import type { BaselineState, Confidence, SastFormat } from '../model/finding.js';
import type { Severity } from '../model/severity.js';

/** One finding as a parser reads it; `parseSast` adds the tool, the run's completeness and the fingerprint. */
export interface ParsedFinding {
  ruleId: string;
  severity: Severity;
  /** The report's path, POSIX separators, `file:` URIs decoded; other URIs (`https:`, `docker:`) kept as given. */
  path: string | null;
  line: number | null;
  endLine: number | null;
  /** One readable line or paragraph; never a secret the tool quotes. */
  message: string;
  suppressed: boolean;
  baselineState: BaselineState;
  confidence: Confidence | null;
  /** CWE ids as `CWE-89`, sorted, no duplicates. */
  cwes: string[];
  /**
   * The tool's own fingerprint when it is trustworthy (stable, not a placeholder such as Semgrep's
   * "requires login"), as `name=value` pairs joined; `null` otherwise.
   */
  toolFingerprint: string | null;
  /** The code the finding points at, when the report quotes it (never a secret); `null` otherwise. */
  snippet: string | null;
}

/** One run of one tool, as a parser reads it. */
export interface ParsedRun {
  tool: string;
  complete: boolean;
  /** Why the run is incomplete: one line, quoting the tool's first error. `null` when complete. */
  incompleteReason: string | null;
  findings: ParsedFinding[];
}

/** One SAST report format. Register new formats in `parse-sast.ts`. */
export interface SastParser {
  readonly format: SastFormat;
  /** Whether the parsed JSON document is this format (by shape, never by file name). */
  detect(document: unknown): boolean;
  /** Normalizes a parsed document. Throws `InputError` naming the file, the place and the cause. */
  parse(document: unknown, source: string): ParsedRun[];
}
