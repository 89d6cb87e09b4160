import { detectsCoverage } from '../coverage/parse-coverage.js';
import { detectsSast } from '../sast/parse-sast.js';
import { stripBom } from '../text/strip-bom.js';

/** Empty `[]` files named after a tool that prints a bare array (see `emptyArrayRun`): SAST runs with no finding. */
const ARRAY_TOOL_NAME = /gitleaks|leaks|trivy|eslint/i;

/**
 * What a file of an artifact is, by its content: a coverage report, a SAST report, or neither (logs, HTML, test
 * results) — using the parsers' own detection, so whatever gonogo can read is recognized and nothing else. The App
 * reads unconfigured artifacts with it; a `[]` counts only when its name says which tool wrote it.
 */
export function classifyReport(text: string, path: string): 'coverage' | 'sast' | null {
  const content = stripBom(text);
  if (detectsCoverage(content)) return 'coverage';
  if (!/^\s*[[{]/.test(content)) return null;
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    return null;
  }
  if (Array.isArray(document) && document.length === 0)
    return ARRAY_TOOL_NAME.test(path.split('/').pop() ?? path) ? 'sast' : null;
  return detectsSast(document) ? 'sast' : null;
}
