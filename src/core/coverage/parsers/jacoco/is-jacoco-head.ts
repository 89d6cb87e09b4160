import { scanProlog, skipMisc } from '../../xml/xml-prolog.js';

/** `<report ...>` with its attributes; quoted values may hold `>`. Each character matches one way: no backtracking. */
const REPORT_START_TAG = /<report(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>/y;
/** First children of a JaCoCo `<report>`: `<sessioninfo>`, or `<group>`/`<package>` (gcovr writes no sessions). */
const JACOCO_CHILD = /<(?:sessioninfo|group|package)(?=[\s/>])/y;

/**
 * Whether the beginning of a file is a JaCoCo XML report: a `<report>` root element, after the prolog, whose
 * DOCTYPE names JaCoCo (`-//JACOCO//DTD Report 1.1//EN`, or gcovr's jacoco.org DTD address) or whose first child
 * is one JaCoCo writes. `<report>` alone is too common a root name to claim.
 */
export function isJacocoHead(head: string): boolean {
  const { end, doctype } = scanProlog(head);
  REPORT_START_TAG.lastIndex = end;
  const root = REPORT_START_TAG.exec(head);
  if (!root) return false;
  if (doctype && /jacoco/i.test(head.slice(doctype.offset, end))) return true;
  if (root[0].endsWith('/>')) return false;
  JACOCO_CHILD.lastIndex = skipMisc(head, REPORT_START_TAG.lastIndex);
  return JACOCO_CHILD.test(head);
}
