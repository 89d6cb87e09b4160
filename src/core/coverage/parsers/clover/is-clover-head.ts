import { scanProlog, skipMisc } from '../../xml/xml-prolog.js';

/** `<coverage ...>` with its attributes; quoted values may hold `>`. Each character matches one way. */
const COVERAGE_START_TAG = /<coverage(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const QUOTED_VALUE = /"[^"]*"|'[^']*'/g;
/** Every Clover writer stamps the root with `generated`; Cobertura and SonarQube generic coverage never do. */
const GENERATED_ATTRIBUTE = /(?:^|\s)generated\s*=/;
const PROJECT_CHILD = /<project(?=[\s/>])/y;

/**
 * Whether the beginning of a file is a Clover XML report: a `<coverage>` root element, after the prolog, with a
 * `generated` attribute and a `<project>` first child. Cobertura and SonarQube generic coverage share the root
 * name but have neither.
 */
export function isCloverHead(head: string): boolean {
  const { end } = scanProlog(head);
  COVERAGE_START_TAG.lastIndex = end;
  const root = COVERAGE_START_TAG.exec(head);
  if (!root || root[0].endsWith('/>')) return false;
  // Attribute values are blanked so that `name="x generated=1"` is not taken for the attribute.
  if (!GENERATED_ATTRIBUTE.test((root[1] ?? '').replace(QUOTED_VALUE, '""'))) return false;
  PROJECT_CHILD.lastIndex = skipMisc(head, COVERAGE_START_TAG.lastIndex);
  return PROJECT_CHILD.test(head);
}
