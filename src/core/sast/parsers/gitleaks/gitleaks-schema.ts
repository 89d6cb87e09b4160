import * as z from 'zod';
import { lenient } from '../lenient.js';

// The part of a gitleaks JSON report gonogo reads; unknown keys pass through. Field names from gitleaks'
// report/finding.go (v8) and report/leak.go (v7). The fields that hold the secret (v8 `Secret`, `Match`,
// `Fragment`; v7 `offender`, `line`) are deliberately absent: nothing gonogo shows or hashes can contain them.
// Strict: the array and each leak's rule, since every leak counts. Lenient: where it is.

const text = lenient(z.string());
const line = lenient(z.number().int().positive());

/** One leak as gitleaks 8 writes it. */
const leakV8 = z.looseObject({
  RuleID: z.string(),
  Description: text,
  StartLine: line,
  EndLine: line,
  File: text,
  Commit: text,
});

/** One leak as gitleaks 7 (and earlier) writes it: `rule` is the rule's description, there is no id. */
const leakV7 = z.looseObject({
  rule: z.string(),
  lineNumber: line,
  file: text,
  commit: text,
});

/** A gitleaks 8 report: an array of leaks. */
export const gitleaksV8Schema = z.array(leakV8);
/** A gitleaks 7 report: an array of leaks. */
export const gitleaksV7Schema = z.array(leakV7);

/** A gitleaks 8 leak, without its secret. */
export type GitleaksV8Leak = z.infer<typeof leakV8>;
/** A gitleaks 7 leak, without its secret. */
export type GitleaksV7Leak = z.infer<typeof leakV7>;
