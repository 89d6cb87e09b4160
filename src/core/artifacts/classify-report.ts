import { detectsCoverage } from '../coverage/parse-coverage.js';
import { detectsSast } from '../sast/parse-sast.js';
import { stripBom } from '../text/strip-bom.js';

/**
 * Names of the tools that print a bare array, as `emptyArrayRun` tells them apart (gitleaks, Trivy, ESLint): a `[]`
 * so named is a SAST run with no finding. `emptyArrayRun` falls back to ESLint for any other name, which is right
 * once a file was given as a SAST report but would take every empty JSON list of an artifact for a clean lint.
 */
const ARRAY_TOOL_NAME = /leaks|trivy|lint/i;

/**
 * What a file of an artifact is, by its content: a coverage report, a SAST report, or neither (logs, HTML, test
 * results) — using the parsers' own detection, so whatever gonogo can read is recognized and nothing else. The App
 * reads unconfigured artifacts with it; a `[]` counts only when its name says which tool wrote it. A `.sarif` file
 * is SAST whatever it holds: a truncated or corrupt one must fail the SAST gates with its parse error, not vanish
 * into the files that are no reports (its gates would then be not applicable).
 */
export function classifyReport(text: string, path: string): 'coverage' | 'sast' | null {
  const content = stripBom(text);
  if (detectsCoverage(content)) return 'coverage';
  const name = path.split('/').pop() ?? path;
  if (/\.sarif$/i.test(name)) return 'sast';
  if (!/^\s*[[{]/.test(content)) return null;
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    return null;
  }
  if (Array.isArray(document) && document.length === 0) return ARRAY_TOOL_NAME.test(name) ? 'sast' : null;
  return detectsSast(document) ? 'sast' : null;
}
