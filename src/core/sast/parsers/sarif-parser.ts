import type { Finding, SastReport, SastRun } from '../../model/finding.js';
import type { SastParser } from '../sast-parser.js';
import { findingFingerprint, fingerprintBasis } from './sarif/finding-fingerprint.js';
import { readSarifLog } from './sarif/read-sarif-log.js';
import { resolveRule } from './sarif/resolve-rule.js';
import { resultLocation } from './sarif/result-location.js';
import { resultMessage } from './sarif/result-message.js';
import { isSuppressed } from './sarif/result-suppressed.js';
import { runCompleteness } from './sarif/run-completeness.js';
import { sarifSeverity } from './sarif/sarif-severity.js';
import type { SarifResult, SarifRun } from './sarif/sarif-schema.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Counts findings per fingerprint basis across one report, so identical findings get distinct fingerprints. */
type Occurrences = Map<string, number>;

function toFinding(
  result: SarifResult,
  run: SarifRun,
  runComplete: boolean,
  occurrences: Occurrences,
): Finding {
  const tool = run.tool.driver.name;
  const rule = resolveRule(result, run.tool);
  const ruleId = result.ruleId ?? rule?.id ?? result.rule?.id ?? 'unknown-rule';
  const { snippet, ...location } = resultLocation(result, run);
  const message = resultMessage(result.message, rule, run.tool.driver);
  const toolFingerprints = { ...result.fingerprints, ...result.partialFingerprints };
  const basis = fingerprintBasis({ tool, ruleId, toolFingerprints, path: location.path, snippet, message });
  const occurrence = occurrences.get(basis) ?? 0;
  occurrences.set(basis, occurrence + 1);
  return {
    tool,
    ruleId,
    severity: sarifSeverity(result, rule),
    ...location,
    message,
    fingerprint: findingFingerprint(basis, occurrence),
    suppressed: isSuppressed(result),
    baselineState: result.baselineState ?? null,
    runComplete,
  };
}

/**
 * SARIF 2.1.0, whatever the producer (CodeQL, Semgrep, ESLint, Trivy, SpotBugs...). One `SastRun` per run;
 * one finding per result of kind `fail` (the default), suppressed and baseline-`absent` ones included so the
 * report can show them; other kinds (`pass`, `review`, ...) are not problems and are left out.
 */
export const sarifParser: SastParser = {
  format: 'sarif',

  detect(document: unknown): boolean {
    if (!isObject(document)) return false;
    if (Array.isArray(document.runs)) return true;
    return (
      typeof document.version === 'string' &&
      typeof document.$schema === 'string' &&
      /sarif/i.test(document.$schema)
    );
  },

  parse(document: unknown, source: string): SastReport {
    const log = readSarifLog(document, source);
    const occurrences: Occurrences = new Map();
    const runs: SastRun[] = [];
    const findings: Finding[] = [];
    for (const run of log.runs) {
      const { complete, incompleteReason } = runCompleteness(run);
      runs.push({ tool: run.tool.driver.name, format: 'sarif', complete, incompleteReason });
      for (const result of run.results ?? []) {
        if ((result.kind ?? 'fail') === 'fail') findings.push(toFinding(result, run, complete, occurrences));
      }
    }
    return { source, format: 'sarif', runs, findings };
  },
};
