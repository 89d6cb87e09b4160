import * as z from 'zod';
import { lenient } from '../lenient.js';
import { severityWord } from '../severity-word.js';

// The part of `checkov -o json` (checkov/common/output/report.py `Report.get_dict`, records as `Record.__dict__`)
// that gonogo reads. Strict: the framework's `check_type`, the failed/skipped check arrays, each check's id and
// severity, the parsing errors (they decide counts and completeness). Lenient: names, paths, line ranges.

/** `BcSeverities`, as Checkov writes a record's severity (`Severity.name`; MODERATE and IMPORTANT are aliases). */
export const CHECKOV_SEVERITIES = [
  'CRITICAL',
  'HIGH',
  'IMPORTANT',
  'MEDIUM',
  'MODERATE',
  'LOW',
  'INFO',
  'NONE',
] as const;

const text = lenient(z.string());

const check = z.looseObject({
  check_id: z.string(),
  check_name: text,
  file_path: text,
  repo_file_path: text,
  file_line_range: lenient(z.array(z.number())),
  resource: text,
  // null without a Prisma Cloud API key: most OSS runs.
  severity: severityWord(CHECKOV_SEVERITIES).nullable().optional(),
  check_result: lenient(z.looseObject({ suppress_comment: lenient(z.string().nullable()) })),
  // SCA checks (`sca_package`, `sca_image`): the vulnerable package.
  vulnerability_details: lenient(
    z
      .looseObject({ id: text, package_name: text, package_version: text, lowest_fixed_version: text })
      .nullable(),
  ),
});

const count = z.number().int().nonnegative();

/** One framework's report: `{check_type, results: {failed_checks, ...}, summary}`. */
export const checkovFrameworkSchema = z.looseObject({
  check_type: z.string(),
  results: z.looseObject({
    failed_checks: z.array(check),
    // `--quiet` writes failed checks only.
    skipped_checks: z.array(check).optional(),
    parsing_errors: z.array(z.unknown()).optional(),
  }),
  summary: z.looseObject({ parsing_errors: count.optional() }).optional(),
});

/** What Checkov prints when no framework had anything to report: `Report(None).get_summary()`. */
export const checkovSummarySchema = z.looseObject({
  checkov_version: z.string(),
  passed: count,
  failed: count,
  skipped: count.optional(),
  parsing_errors: count.optional(),
});

/** A validated framework report. */
export type CheckovFramework = z.infer<typeof checkovFrameworkSchema>;
/** One failed or skipped check of a framework report. */
export type CheckovCheck = CheckovFramework['results']['failed_checks'][number];
/** A validated summary-only report. */
export type CheckovSummary = z.infer<typeof checkovSummarySchema>;
