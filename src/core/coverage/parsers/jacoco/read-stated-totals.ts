import type { Ratio } from '../../../model/coverage.js';
import type { XmlElement } from '../../xml/xml-element.js';
import { attributeOf, elementsAt } from '../../xml/xml-element.js';
import type { Failure, ReportText } from './record-failure.js';
import { recordFailure } from './record-failure.js';
import { readCount } from './read-whole-number.js';

/** Line and branch totals a file states in its own counters. */
export interface StatedTotals {
  lines: Ratio;
  branches: Ratio;
}

/**
 * The `LINE` and `BRANCH` counters among the element's own `<counter>` children, or `null` when it has no `LINE`
 * counter. JaCoCo leaves out counters whose total is 0, so a missing `BRANCH` counter means no branches.
 */
export function readStatedTotals(
  element: XmlElement,
  report: ReportText,
  subject: string,
): StatedTotals | null {
  let lines: Ratio | null = null;
  let branches: Ratio | null = null;
  for (const counter of elementsAt([element], 'counter')) {
    const type = attributeOf(counter, 'type');
    if (type !== 'LINE' && type !== 'BRANCH') continue;
    const fail = recordFailure(report, counter, `${subject}, ${type} counter`);
    if ((type === 'LINE' ? lines : branches) !== null) fail('appears twice');
    const ratio = { covered: required(counter, 'covered', fail), total: 0 };
    ratio.total = ratio.covered + required(counter, 'missed', fail);
    if (type === 'LINE') lines = ratio;
    else branches = ratio;
  }
  return lines ? { lines, branches: branches ?? { covered: 0, total: 0 } } : null;
}

function required(counter: XmlElement, name: string, fail: Failure): number {
  return readCount(counter, name, fail) ?? fail(`missing ${name}`);
}
