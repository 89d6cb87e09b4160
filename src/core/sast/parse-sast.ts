import { InputError } from '../errors/input-error.js';
import type { SastReport } from '../model/finding.js';
import { parseJson } from '../text/parse-json.js';
import { stripBom } from '../text/strip-bom.js';
import { sarifParser } from './parsers/sarif-parser.js';
import type { SastParser } from './sast-parser.js';

/** Every supported SAST format. Adding one is a new file in `parsers/` and one line here. */
const PARSERS: readonly SastParser[] = [sarifParser];

type Doc = Record<string, unknown>;
const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Native formats recognized by shape but not read yet: refused with their name. */
const RECOGNIZED_UNSUPPORTED: readonly { name: string; test: (doc: unknown) => boolean }[] = [
  {
    name: 'Semgrep JSON',
    test: (d) => isObject(d) && Array.isArray(d.results) && 'errors' in d && !('metrics' in d),
  },
  { name: 'Bandit JSON', test: (d) => isObject(d) && Array.isArray(d.results) && 'metrics' in d },
  { name: 'npm audit JSON', test: (d) => isObject(d) && ('auditReportVersion' in d || 'advisories' in d) },
  { name: 'Trivy JSON', test: (d) => isObject(d) && ('SchemaVersion' in d || 'ArtifactName' in d) },
  {
    name: 'ESLint JSON',
    test: (d) => Array.isArray(d) && d.every((e) => isObject(e) && 'filePath' in e && 'messages' in e),
  },
  {
    name: 'gitleaks JSON',
    test: (d) =>
      Array.isArray(d) && d.length > 0 && d.every((e) => isObject(e) && ('RuleID' in e || 'rule' in e)),
  },
];

/**
 * Parses one SAST report, detecting its format from its content.
 * Throws `InputError` for an empty file, malformed JSON, an unknown or unsupported format.
 */
export function parseSast(text: string, source: string): SastReport {
  const content = stripBom(text);
  if (content.trim() === '') throw new InputError(source, 'empty file: expected a SAST report (SARIF)');
  if (!/^\s*[[{]/.test(content))
    throw new InputError(source, 'unknown SAST format: expected a SARIF JSON file');
  const document = parseJson(content, source);
  const parser = PARSERS.find((candidate) => candidate.detect(document));
  if (parser) return parser.parse(document, source);
  const known = RECOGNIZED_UNSUPPORTED.find((candidate) => candidate.test(document));
  if (known)
    throw new InputError(source, `${known.name} reports are not supported yet (supported: SARIF 2.1.0)`);
  throw new InputError(source, 'unknown SAST format: expected a SARIF 2.1.0 file');
}
