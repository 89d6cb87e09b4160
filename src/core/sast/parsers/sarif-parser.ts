import { cweIds } from '../cwe-ids.js';
import type { ParsedFinding, ParsedRun, SastParser } from '../sast-parser.js';
import { readSarifLog } from './sarif/read-sarif-log.js';
import { resolveRule } from './sarif/resolve-rule.js';
import { resultConfidence } from './sarif/result-confidence.js';
import { resultLocation } from './sarif/result-location.js';
import { resultMessage } from './sarif/result-message.js';
import { isSuppressed } from './sarif/result-suppressed.js';
import { runCompleteness } from './sarif/run-completeness.js';
import { sarifSeverity } from './sarif/sarif-severity.js';
import type { SarifResult, SarifRun } from './sarif/sarif-schema.js';
import { toolFingerprint } from './sarif/tool-fingerprint.js';
import { isJsonObject } from '../../text/is-json-object.js';

function toFinding(result: SarifResult, run: SarifRun): ParsedFinding {
  const rule = resolveRule(result, run.tool);
  const { snippet, ...location } = resultLocation(result, run);
  return {
    ruleId: result.ruleId ?? rule?.id ?? result.rule?.id ?? 'unknown-rule',
    severity: sarifSeverity(result, rule),
    ...location,
    message: resultMessage(result.message, rule, run.tool.driver),
    suppressed: isSuppressed(result),
    baselineState: result.baselineState ?? null,
    confidence: resultConfidence(result, rule),
    // CodeQL tags rules `external/cwe/cwe-079`; Semgrep and others put `CWE-79: …` in tags or a `cwe` property.
    cwes: cweIds(
      rule?.properties?.tags,
      rule?.properties?.cwe,
      result.properties?.tags,
      result.properties?.cwe,
    ),
    toolFingerprint: toolFingerprint(result),
    snippet: snippet ?? null,
  };
}

/**
 * SARIF 2.1.0, whatever the producer (CodeQL, Semgrep, ESLint, Trivy, SpotBugs...). One run per SARIF run;
 * one finding per result of kind `fail` (the default), suppressed and baseline-`absent` ones included so the
 * report can show them; other kinds (`pass`, `review`, ...) are not problems and are left out.
 */
export const sarifParser: SastParser = {
  format: 'sarif',

  detect(document: unknown): boolean {
    if (!isJsonObject(document)) return false;
    if (Array.isArray(document.runs)) return true;
    return (
      typeof document.version === 'string' &&
      typeof document.$schema === 'string' &&
      /sarif/i.test(document.$schema)
    );
  },

  parse(document: unknown, source: string): ParsedRun[] {
    return readSarifLog(document, source).runs.map((run): ParsedRun => {
      const { complete, incompleteReason } = runCompleteness(run);
      const findings = (run.results ?? [])
        .filter((result) => (result.kind ?? 'fail') === 'fail')
        .map((result) => toFinding(result, run));
      return { tool: run.tool.driver.name, complete, incompleteReason, findings };
    });
  },
};
