import * as z from 'zod';
import { lenient } from '../lenient.js';
import { severityWord } from '../severity-word.js';

// The part of Trivy's JSON report gonogo reads (field names from aquasecurity/trivy pkg/types: report.go,
// vulnerability.go, misconfiguration.go, finding.go; fanal/types secret.go); unknown keys pass through.
// Strict: the containers findings are built from, the severity words and the misconfiguration status, so a
// wrong value there is an InputError naming its place instead of a silently different verdict.
// Lenient: what is only shown (titles, versions, lines, code), which reads as absent when its shape is wrong.
// `Match` and `Code` of a secret are never read: they hold the secret, masked or not.

const text = lenient(z.string());
const line = lenient(z.number().int().positive());

/** Trivy's severity scale; `UNKNOWN` is what it writes when no source rates the vulnerability. */
const severity = severityWord(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']);

/** A container Trivy omits when empty, and old versions wrote as `null`. */
const list = <T extends z.ZodType>(item: T) => z.array(item).nullable().optional();

const vulnerability = z.looseObject({
  VulnerabilityID: z.string(),
  PkgName: text,
  PkgPath: text,
  InstalledVersion: text,
  FixedVersion: text,
  Title: text,
  Severity: severity,
  CweIDs: lenient(z.array(z.unknown())),
});

const causeLine = z.looseObject({ Content: text, IsCause: lenient(z.boolean()) });

const misconfiguration = z.looseObject({
  ID: text,
  AVDID: text,
  Title: text,
  Message: text,
  Description: text,
  Severity: severity,
  // Present since Trivy reports passes and exceptions (`--include-non-failures`); absent means a failure.
  Status: z.enum(['FAIL', 'PASS', 'EXCEPTION']).optional(),
  CauseMetadata: lenient(
    z.looseObject({
      StartLine: line,
      EndLine: line,
      Code: lenient(z.looseObject({ Lines: lenient(z.array(lenient(causeLine))) })),
    }),
  ),
});

const secret = z.looseObject({
  RuleID: text,
  Category: text,
  Title: text,
  Severity: severity,
  StartLine: line,
  EndLine: line,
});

// `--show-suppressed`: findings a `.trivyignore` or VEX statement removed, kept beside the open ones. Trivy's own
// reader refuses an unknown `Type`, and so does gonogo; licenses are read and ignored like open ones.
const suppression = { Status: text, Statement: text, Source: text };
const FINDING_TYPES = ['vulnerability', 'misconfiguration', 'secret', 'license'] as const;
const modifiedFinding = z.discriminatedUnion(
  'Type',
  [
    z.looseObject({ Type: z.literal('vulnerability'), Finding: vulnerability, ...suppression }),
    z.looseObject({ Type: z.literal('misconfiguration'), Finding: misconfiguration, ...suppression }),
    z.looseObject({ Type: z.literal('secret'), Finding: secret, ...suppression }),
    z.looseObject({ Type: z.literal('license'), ...suppression }),
  ],
  {
    error: (issue) => {
      const type: unknown = (issue.input as { Type?: unknown } | undefined)?.Type;
      const got = typeof type === 'string' ? `"${type}"` : type === undefined ? 'nothing' : typeof type;
      return `expected one of ${FINDING_TYPES.join(', ')}, got ${got}`;
    },
  },
);

const result = z.looseObject({
  Target: z.string(),
  Class: text,
  Type: text,
  Vulnerabilities: list(vulnerability),
  Misconfigurations: list(misconfiguration),
  Secrets: list(secret),
  ExperimentalModifiedFindings: list(modifiedFinding),
});

/**
 * A Trivy report since 0.20 (its `SchemaVersion` is checked before). `Results` is `omitempty` in Trivy's
 * `Report`: absent when the scan found no target (an empty directory), which is a clean scan, not a failed one.
 */
export const trivyReportSchema = z.looseObject({ Results: list(result) });

/** A report of Trivy before 0.20: a bare array of results. */
export const legacyTrivyReportSchema = z.array(result);

/** One scanned target: an image's OS, a lock file, a config file... */
export type TrivyResult = z.infer<typeof result>;
/** A vulnerable package. */
export type TrivyVulnerability = z.infer<typeof vulnerability>;
/** A failed (or passed, or excepted) configuration check. */
export type TrivyMisconfiguration = z.infer<typeof misconfiguration>;
/** A secret found in a file; its `Match` and `Code`, which quote the secret, are never read. */
export type TrivySecret = z.infer<typeof secret>;
/** Trivy's severity word, upper case. */
export type TrivySeverity = z.infer<typeof severity>;
