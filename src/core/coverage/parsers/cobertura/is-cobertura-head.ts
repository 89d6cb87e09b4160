import { scanProlog, skipMisc } from '../../xml/xml-prolog.js';

const COVERAGE_START_TAG = /<coverage\b([^>]*?)(\/?)>/y;
/** Root attributes only Cobertura writes; Clover and SonarQube generic coverage also use a `<coverage>` root. */
const COBERTURA_ATTRIBUTE = /(?:^|\s)(?:line-rate|lines-valid)\s*=/;
/** First children only Cobertura has (Clover starts with `<project>`, SonarQube generic coverage with `<file>`). */
const COBERTURA_CHILD = /<(?:packages|sources)\b/y;
const END_OF_ROOT = /<\/coverage\s*>/y;

/**
 * Whether the beginning of a file is a Cobertura XML report: a `<coverage>` root element with a Cobertura-only
 * attribute or a `<packages>`/`<sources>` first child. A bare `<coverage/>` or `<coverage></coverage>` (no
 * attributes) is an empty Cobertura report: parsed to zero files, which the evaluation refuses later.
 */
export function isCoberturaHead(head: string): boolean {
  const { end } = scanProlog(head);
  COVERAGE_START_TAG.lastIndex = end;
  const root = COVERAGE_START_TAG.exec(head);
  if (!root) return false;
  const attributes = root[1] ?? '';
  if (COBERTURA_ATTRIBUTE.test(attributes)) return true;
  const bare = attributes.trim() === '';
  if (root[2] === '/') return bare;
  const next = skipMisc(head, COVERAGE_START_TAG.lastIndex);
  COBERTURA_CHILD.lastIndex = next;
  if (COBERTURA_CHILD.test(head)) return true;
  END_OF_ROOT.lastIndex = next;
  return bare && END_OF_ROOT.test(head);
}
