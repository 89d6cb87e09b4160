import * as z from 'zod';
import { lenient } from '../lenient.js';
import { severityWord } from '../severity-word.js';

// The part of `semgrep --json` (semgrep_output_v1.atd, `cli_output`) that gonogo reads; other keys pass through.
// Strict: the results and errors arrays, each result's rule id, severity and `is_ignored` (they decide counts).
// Lenient: positions, messages, metadata, fingerprints and snippets.

/** Both of Semgrep's scales: the classic ERROR/WARNING/INFO and the newer CRITICAL…LOW, plus rule-writing ones. */
export const SEMGREP_SEVERITIES = [
  'CRITICAL',
  'HIGH',
  'ERROR',
  'MEDIUM',
  'WARNING',
  'LOW',
  'INFO',
  'EXPERIMENT',
  'INVENTORY',
] as const;

const text = lenient(z.string());
const position = lenient(z.looseObject({ line: lenient(z.number().int().positive()) }));

const extra = z.looseObject({
  message: text,
  severity: severityWord(SEMGREP_SEVERITIES),
  metadata: lenient(z.record(z.string(), z.unknown())),
  fingerprint: text,
  lines: text,
  is_ignored: z.boolean().optional(),
  validation_state: text,
  metavars: lenient(z.record(z.string(), lenient(z.looseObject({ abstract_content: text })))),
});

const result = z.looseObject({
  check_id: z.string(),
  path: text,
  start: position,
  end: position,
  extra,
});

// `type` is a string, or since 1.45 `["PartialParsing", [...]]` for the error kinds that carry arguments.
const error = lenient(
  z.looseObject({
    type: lenient(z.union([z.string(), z.array(z.unknown())])),
    level: text,
    message: text,
    long_msg: text,
    short_msg: text,
    path: text,
  }),
);

/** A Semgrep CLI JSON report as gonogo reads it. */
export const semgrepReportSchema = z.looseObject({
  results: z.array(result),
  errors: z.array(error),
});

/** A validated Semgrep report. */
export type SemgrepReport = z.infer<typeof semgrepReportSchema>;
/** One match of a Semgrep report. */
export type SemgrepResult = SemgrepReport['results'][number];
/** One entry of a Semgrep report's `errors`; `undefined` when it is not an object. */
export type SemgrepError = SemgrepReport['errors'][number];
