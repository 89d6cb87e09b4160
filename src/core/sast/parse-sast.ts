import { InputError } from '../errors/input-error.js';
import type { Finding, SastFormat, SastReport } from '../model/finding.js';
import { parseJson } from '../text/parse-json.js';
import { stripBom } from '../text/strip-bom.js';
import { emptyArrayRun } from './empty-array-run.js';
import { findingIdentity } from './finding-identity.js';
import { fingerprintFindings } from './fingerprint-findings.js';
import { banditParser } from './parsers/bandit-parser.js';
import { checkovParser } from './parsers/checkov-parser.js';
import { eslintParser } from './parsers/eslint-parser.js';
import { gitleaksParser } from './parsers/gitleaks-parser.js';
import { npmAuditParser } from './parsers/npm-audit-parser.js';
import { semgrepParser } from './parsers/semgrep-parser.js';
import { trivyParser } from './parsers/trivy-parser.js';
import { sarifParser } from './parsers/sarif-parser.js';
import type { ParsedRun, SastParser } from './sast-parser.js';

/** Every supported SAST format. Adding one is a new file in `parsers/` and one line here. */
const PARSERS: readonly SastParser[] = [
  sarifParser,
  semgrepParser,
  banditParser,
  eslintParser,
  npmAuditParser,
  trivyParser,
  gitleaksParser,
  checkovParser,
];

const SUPPORTED =
  'SARIF 2.1.0, or the JSON of Semgrep, Bandit, ESLint, npm audit, Trivy, gitleaks or Checkov';

/** A report from the runs a parser read: tool, completeness, identity and fingerprint added to each finding. */
function toReport(source: string, format: SastFormat, runs: readonly ParsedRun[]): SastReport {
  const findings: Finding[] = runs.flatMap((run, index) =>
    run.findings.map((parsed): Finding => ({
      tool: run.tool,
      ruleId: parsed.ruleId,
      severity: parsed.severity,
      path: parsed.path,
      line: parsed.line,
      endLine: parsed.endLine,
      message: parsed.message,
      fingerprint: '',
      suppressed: parsed.suppressed,
      baselineState: parsed.baselineState,
      runComplete: run.complete,
      confidence: parsed.confidence,
      cwes: parsed.cwes,
      identity: findingIdentity(parsed),
      run: index,
    })),
  );
  return {
    source,
    format,
    runs: runs.map(({ tool, complete, incompleteReason }) => ({ tool, format, complete, incompleteReason })),
    findings: fingerprintFindings(findings),
  };
}

/** Whether a parsed JSON document is a SAST report gonogo reads (the App sorts artifact files with it). */
export function detectsSast(document: unknown): boolean {
  return PARSERS.some((candidate) => candidate.detect(document));
}

/**
 * Parses one SAST report, detecting its format from its content.
 * Throws `InputError` for an empty file, malformed JSON, an unknown or unsupported format.
 */
export function parseSast(text: string, source: string): SastReport {
  const content = stripBom(text);
  if (content.trim() === '')
    throw new InputError(source, `empty file: expected a SAST report (${SUPPORTED})`);
  if (!/^\s*[[{]/.test(content)) throw new InputError(source, `unknown SAST format: expected ${SUPPORTED}`);
  const document = parseJson(content, source);
  if (Array.isArray(document) && document.length === 0) {
    const { format, run } = emptyArrayRun(source);
    return toReport(source, format, [run]);
  }
  const parser = PARSERS.find((candidate) => candidate.detect(document));
  if (parser) return toReport(source, parser.format, parser.parse(document, source));
  throw new InputError(source, `unknown SAST format: expected ${SUPPORTED}`);
}
