import type { BranchCount } from '../../../model/coverage.js';
import type { FileCoverageAccumulator } from '../../file-coverage-accumulator.js';
import { decodeXmlEntities } from '../../xml/decode-xml-entities.js';
import type { XmlElement } from '../../xml/xml-element.js';
import { attributeOf, elementsAt } from '../../xml/xml-element.js';
import type { ReportText } from './record-failure.js';
import { recordFailure } from './record-failure.js';
import { readCloverLine } from './read-clover-line.js';

/**
 * Adds one `<file>` to the accumulator, at its `path` attribute (OpenClover, Istanbul, gcovr), else its `name`
 * (PHPUnit writes the full path there), backslashes turned into `/`. Its `<line>` children are its records; a
 * line listed again (a statement and a condition on one line, or the file listed twice) is one coverable line
 * whose hits add up. OpenClover's per-condition branches on one line of one `<file>` are distinct conditions, so
 * they add up too; across repeated listings of a file the accumulator keeps the larger count.
 */
export function addCloverFile(
  accumulator: FileCoverageAccumulator,
  file: XmlElement,
  report: ReportText,
): void {
  const raw = attributeOf(file, 'path') || attributeOf(file, 'name') || '';
  if (raw === '') recordFailure(report, file)('a <file> has neither a path nor a name attribute');
  const path = decodeXmlEntities(raw).replaceAll('\\', '/');
  accumulator.file(path);
  const subject = `file "${path}"`;
  const conditions = new Map<number, BranchCount>();
  for (const element of elementsAt([file], 'line')) {
    const line = readCloverLine(element, report, subject);
    accumulator.add(path, line.number, line.hits, line.perCondition ? null : line.branch);
    if (line.perCondition && line.branch) {
      const known = conditions.get(line.number) ?? { covered: 0, total: 0 };
      conditions.set(line.number, {
        covered: known.covered + line.branch.covered,
        total: known.total + line.branch.total,
      });
    }
  }
  for (const [number, branch] of conditions) accumulator.add(path, number, 0, branch);
}
