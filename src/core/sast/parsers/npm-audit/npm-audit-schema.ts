import * as z from 'zod';
import { lenient } from '../lenient.js';
import { severityWord } from '../severity-word.js';

// The part of `npm audit --json` gonogo reads; unknown keys pass through. Field names from npm's own reporter
// (npm/npm-audit-report, lib/reporters/json.js) and the npm 6 registry response it printed as is.
// Strict: the `vulnerabilities` / `advisories` maps and each entry's severity, since every entry is a finding.
// Lenient: titles, ranges, advisory links, CWEs and fix hints, which are only shown.

const text = lenient(z.string());
const cwe = lenient(z.union([z.string(), z.array(z.unknown())]));

/** npm's severity scale, the registry's words. */
export const NPM_SEVERITIES = ['CRITICAL', 'HIGH', 'MODERATE', 'LOW', 'INFO'] as const;
const severity = severityWord(NPM_SEVERITIES);

/** An advisory a package is vulnerable to, as npm 7+ writes it inside `via`. */
const viaAdvisory = z.looseObject({
  source: lenient(z.union([z.number(), z.string()])),
  title: text,
  url: text,
  cwe,
});

// `true`, `false`, or the install that fixes it (`{ name, version, isSemVerMajor }`).
const fixAvailable = lenient(
  z.union([z.boolean(), z.looseObject({ name: text, version: text, isSemVerMajor: lenient(z.boolean()) })]),
);

const vulnerability = z.looseObject({
  name: text,
  severity,
  // Advisories against the package itself, and names of the vulnerable packages it depends on.
  via: lenient(z.array(lenient(z.union([z.string(), viaAdvisory])))),
  range: text,
  fixAvailable,
});

/** An npm 7+ report (`auditReportVersion` 2, checked before): one entry per vulnerable package. */
export const npmAuditV2Schema = z.looseObject({
  vulnerabilities: z.record(z.string(), vulnerability),
});

const advisory = z.looseObject({
  id: lenient(z.union([z.number(), z.string()])),
  module_name: z.string(),
  severity,
  title: text,
  url: text,
  github_advisory_id: text,
  cwe,
  vulnerable_versions: text,
  patched_versions: text,
  findings: lenient(z.array(lenient(z.looseObject({ version: text })))),
});

/** An npm 6 report: the registry's advisories by id. */
export const npmAuditV1Schema = z.looseObject({
  advisories: z.record(z.string(), advisory),
});

/** What npm 7+ (and 6) print with `--json` when the audit could not run: no lockfile, registry errors. */
export const npmErrorSchema = z.looseObject({
  error: z.looseObject({ code: text, summary: text, detail: text }),
});

/** One vulnerable package of an npm 7+ report. */
export type NpmVulnerability = z.infer<typeof vulnerability>;
/** One advisory of an npm 6 report. */
export type NpmAdvisory = z.infer<typeof advisory>;
/** npm's severity word, upper case. */
export type NpmSeverity = (typeof NPM_SEVERITIES)[number];
