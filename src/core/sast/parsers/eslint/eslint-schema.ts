import * as z from 'zod';
import { lenient } from '../lenient.js';

// The part of `eslint -f json` gonogo reads (ESLint's LintResult and LintMessage); unknown keys pass through.
// Strict: the array, each result's file and message lists, each message's severity and `fatal` flag: they decide
// what counts and whether the run is complete. Lenient: rule ids, texts, positions and the file's source.

const text = lenient(z.string());
const line = lenient(z.number().int().positive());

/** ESLint writes 1 for a warning and 2 for an error; 0 is `off` and never reported. */
const severity = z.custom<1 | 2>((value) => value === 1 || value === 2, {
  error: (issue) => `expected 1 (warning) or 2 (error), got ${JSON.stringify(issue.input) ?? 'nothing'}`,
});

const message = z.looseObject({
  ruleId: lenient(z.string().nullable()),
  severity,
  fatal: z.boolean().optional(),
  message: text,
  line,
  endLine: line,
  // Written into each message by ESLint before 7.0: the flagged line's text.
  source: lenient(z.string().nullable()),
});

const result = z.looseObject({
  filePath: z.string(),
  messages: z.array(message),
  // ESLint 8.8+: messages silenced by `eslint-disable` comments, kept so reports can show them.
  suppressedMessages: z.array(message).optional(),
  // The file's text, written only for files with problems (and not always then).
  source: text,
});

/** An `eslint -f json` report as gonogo reads it. */
export const eslintReportSchema = z.array(result);

/** The lint results of one file. */
export type EslintResult = z.infer<typeof result>;
/** One problem ESLint reports in a file. */
export type EslintMessage = z.infer<typeof message>;
