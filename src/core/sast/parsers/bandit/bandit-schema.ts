import * as z from 'zod';
import { lenient } from '../lenient.js';
import { severityWord } from '../severity-word.js';

// The part of `bandit -f json` (bandit/formatters/json.py, `Issue.as_dict`) that gonogo reads.
// Strict: the results and errors arrays, each result's test id and severity (they decide counts).
// Lenient: locations, texts, confidence, CWE and the quoted code.

/** Bandit's ranking (`bandit.core.constants.RANKING`). */
export const BANDIT_SEVERITIES = ['UNDEFINED', 'LOW', 'MEDIUM', 'HIGH'] as const;

const text = lenient(z.string());
const line = lenient(z.number().int().positive());

const result = z.looseObject({
  test_id: z.string(),
  test_name: text,
  filename: text,
  line_number: line,
  line_range: lenient(z.array(z.number())),
  issue_severity: severityWord(BANDIT_SEVERITIES),
  issue_confidence: text,
  issue_cwe: lenient(z.looseObject({ id: lenient(z.union([z.number(), z.string()])) })),
  issue_text: text,
  code: text,
});

// `manager.skipped`: files Bandit could not read or parse, as `{filename, reason}`.
const error = lenient(z.looseObject({ filename: text, reason: text }));

/** A Bandit JSON report as gonogo reads it. */
export const banditReportSchema = z.looseObject({
  results: z.array(result),
  errors: z.array(error),
});

/** A validated Bandit report. */
export type BanditReport = z.infer<typeof banditReportSchema>;
/** One issue of a Bandit report. */
export type BanditResult = BanditReport['results'][number];
