import * as z from 'zod';
import { lenient } from '../lenient.js';

// The part of SARIF 2.1.0 that gonogo reads; unknown keys pass through untouched.
// Strict: the containers a finding is built from (runs, results, rules, extensions, suppressions) and the enums
// that decide the verdict (kind, level, baselineState, suppression status), so a wrong value there is an
// InputError naming its place instead of a silently different verdict.
// Lenient: display-only fields (messages, locations, fingerprints, property bags) read as absent when their
// shape is wrong, because one odd location should not make a whole scan unusable.

const lenientArray = <T extends z.ZodType>(item: T) => lenient(z.array(lenient(item)));

const text = lenient(z.string());
const index = lenient(z.number().int().nonnegative());
const line = lenient(z.number().int().positive());
const looseRecord = lenient(z.record(z.string(), z.unknown()));
const level = z.enum(['none', 'note', 'warning', 'error']);

const messageStrings = lenient(z.record(z.string(), lenient(z.looseObject({ text, markdown: text }))));

const message = z.looseObject({ text, markdown: text, id: text, arguments: lenient(z.array(z.unknown())) });

const rule = z.looseObject({
  id: text,
  messageStrings,
  defaultConfiguration: z.looseObject({ level: level.optional() }).optional(),
  properties: looseRecord,
});

const toolComponent = z.looseObject({
  name: text,
  rules: z.array(rule).optional(),
  globalMessageStrings: messageStrings,
});

const artifactLocation = z.looseObject({ uri: text, uriBaseId: text, index });

const region = z.looseObject({ startLine: line, endLine: line, snippet: lenient(z.looseObject({ text })) });

const physicalLocation = z.looseObject({
  artifactLocation: lenient(artifactLocation),
  region: lenient(region),
});

const result = z.looseObject({
  ruleId: text,
  ruleIndex: index,
  rule: lenient(
    z.looseObject({ id: text, index, toolComponent: lenient(z.looseObject({ index, name: text })) }),
  ),
  kind: z.enum(['pass', 'open', 'informational', 'notApplicable', 'review', 'fail']).optional(),
  level: level.optional(),
  message: lenient(message),
  locations: lenientArray(z.looseObject({ physicalLocation: lenient(physicalLocation) })),
  baselineState: z.enum(['new', 'unchanged', 'updated', 'absent']).optional(),
  suppressions: z
    .array(z.looseObject({ status: z.enum(['accepted', 'underReview', 'rejected']).optional() }))
    .optional(),
  fingerprints: looseRecord,
  partialFingerprints: looseRecord,
  properties: looseRecord,
});

const notification = z.looseObject({ level: text, message: lenient(message) });

const invocation = z.looseObject({
  executionSuccessful: lenient(z.boolean()),
  toolExecutionNotifications: lenientArray(notification),
  toolConfigurationNotifications: lenientArray(notification),
});

const run = z.looseObject({
  tool: z.looseObject({
    driver: toolComponent.extend({ name: z.string() }),
    extensions: z.array(toolComponent).optional(),
  }),
  // null and absent both mean the tool produced no results array: the run did not finish (SARIF §3.14.23).
  results: z.array(result).nullable().optional(),
  invocations: lenientArray(invocation),
  artifacts: lenientArray(z.looseObject({ location: lenient(artifactLocation) })),
  originalUriBaseIds: lenient(z.record(z.string(), lenient(artifactLocation))),
});

/** A SARIF 2.1.0 log as gonogo reads it (the version is checked before). */
export const sarifLogSchema = z.looseObject({ runs: z.array(run) });

/** A validated SARIF log. */
export type SarifLog = z.infer<typeof sarifLogSchema>;
/** One run of a SARIF log. */
export type SarifRun = SarifLog['runs'][number];
/** One result of a run. */
export type SarifResult = NonNullable<SarifRun['results']>[number];
/** A rule (`reportingDescriptor`). */
export type SarifRule = z.infer<typeof rule>;
/** A tool component: the driver or an extension. */
export type SarifToolComponent = z.infer<typeof toolComponent>;
/** An `artifactLocation`: a URI, maybe relative to a `uriBaseId`, or an index into `run.artifacts`. */
export type SarifArtifactLocation = z.infer<typeof artifactLocation>;
/** A message: text, a `messageStrings` id with arguments, or markdown. */
export type SarifMessage = z.infer<typeof message>;
