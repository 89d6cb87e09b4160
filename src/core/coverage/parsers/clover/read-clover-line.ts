import type { BranchCount } from '../../../model/coverage.js';
import type { XmlElement } from '../../xml/xml-element.js';
import { attributeOf } from '../../xml/xml-element.js';
import type { ReportText } from './record-failure.js';
import { recordFailure } from './record-failure.js';
import { readCloverCount, readCloverLineNumber } from './read-clover-count.js';

/** One `<line>` record of a Clover `<file>`, checked. */
export interface CloverLine {
  number: number;
  hits: number;
  /** Branches of a `cond` line, else `null`. */
  branch: BranchCount | null;
  /**
   * Whether `branch` is one condition among possibly several on the same line (OpenClover writes a `cond` line
   * per condition) rather than the whole line's branches (Istanbul writes one `cond` line per source line).
   */
  perCondition: boolean;
}

/**
 * Reads one `<line>`. Every line type counts as a coverable line, `method` lines included, as Clover's own line
 * coverage does; hits are `count`. A `cond` line comes in two shapes:
 * - OpenClover (no `count`): one line per condition, `truecount`/`falsecount` = how often it was true/false.
 *   Hits are their sum; the condition has 2 branches, each covered once its outcome happened.
 * - Istanbul (`count` present): one line per source line, `truecount` = covered branches and `falsecount` =
 *   missed ones (istanbul-reports' clover writer), so covered = `truecount` of `truecount + falsecount`. Reading
 *   it the OpenClover way would count a 5-arm switch with one arm run as fully covered.
 */
export function readCloverLine(line: XmlElement, report: ReportText, subject: string): CloverLine {
  const number = readCloverLineNumber(line, recordFailure(report, line, subject));
  const fail = recordFailure(report, line, `${subject}, line ${number}`);
  const count = readCloverCount(line, 'count', fail);
  if (attributeOf(line, 'type') !== 'cond') {
    return { number, hits: count ?? fail('missing count'), branch: null, perCondition: false };
  }
  const trueCount = readCloverCount(line, 'truecount', fail) ?? fail('cond line without truecount');
  const falseCount = readCloverCount(line, 'falsecount', fail) ?? fail('cond line without falsecount');
  if (count === undefined) {
    const covered = (trueCount > 0 ? 1 : 0) + (falseCount > 0 ? 1 : 0);
    return { number, hits: trueCount + falseCount, branch: { covered, total: 2 }, perCondition: true };
  }
  const total = trueCount + falseCount;
  return {
    number,
    hits: count,
    branch: total > 0 ? { covered: trueCount, total } : null,
    perCondition: false,
  };
}
