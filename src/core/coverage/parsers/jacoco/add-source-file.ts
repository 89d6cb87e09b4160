import type { FileCoverage } from '../../../model/coverage.js';
import type { FileCoverageAccumulator } from '../../file-coverage-accumulator.js';
import type { XmlElement } from '../../xml/xml-element.js';
import type { ReportText } from './record-failure.js';
import { recordFailure } from './record-failure.js';
import { readJacocoLine } from './read-jacoco-line.js';
import type { StatedTotals } from './read-stated-totals.js';
import { readStatedTotals } from './read-stated-totals.js';

/** One file's records: a JaCoCo `<sourcefile>`, or a `<class>` as gcovr writes them. */
export interface SourceFileRecords {
  /** The file's path as the report names it, `/`-separated. */
  path: string;
  /** What the file is called in messages: `sourcefile "com/acme/App.java"`. */
  subject: string;
  /** The element whose own `<counter>` children state the file's totals. */
  element: XmlElement;
  /** Its `<line>` elements. */
  lines: readonly XmlElement[];
}

/**
 * Adds one file to the accumulator. A line is coverable when it has instructions (`mi + ci > 0`), covered when
 * one of them ran (`ci > 0`, taken as its hits). When no line carries `mi`/`ci` (gcovr), the file's `LINE` and
 * `BRANCH` counters are the only truth: they become its stated totals and it gets no line records, since which
 * of its lines ran is unknown. Package and report counters are never read: they would count a file twice.
 */
export function addSourceFile(
  accumulator: FileCoverageAccumulator,
  records: SourceFileRecords,
  report: ReportText,
): void {
  const { path, subject } = records;
  const file = accumulator.file(path);
  const lines = records.lines.map((line) => readJacocoLine(line, report, subject));
  const counted = lines.filter((line) => line.instructions !== null).length;
  if (counted === 0) {
    const stated = readStatedTotals(records.element, report, subject);
    if (stated) keepStatedTotals(file, stated);
    else if (lines.length > 0) {
      const fail = recordFailure(report, records.element, subject);
      fail('its lines carry no mi/ci counts and it has no LINE counter');
    }
    return;
  }
  const uncounted = lines.findIndex((line) => line.instructions === null);
  if (uncounted >= 0) {
    const element = records.lines[uncounted] ?? records.element;
    const fail = recordFailure(report, element, `${subject}, line ${lines[uncounted]?.number}`);
    fail('has no mi/ci counts while other lines of the file have them');
  }
  // A line without instructions is not coverable; JaCoCo never gives such a line branches.
  for (const line of lines) {
    if (line.instructions && line.instructions.total > 0) {
      accumulator.add(path, line.number, line.instructions.covered, line.branch);
    }
  }
}

/**
 * Stated totals of a file listed more than once (the same module in two groups of an aggregate report) cannot
 * be merged line by line: the listing with more lines, then more covered, stands, as branch counts do.
 */
function keepStatedTotals(file: FileCoverage, stated: StatedTotals): void {
  const known = file.statedTotals?.lines;
  const larger =
    !known ||
    stated.lines.total > known.total ||
    (stated.lines.total === known.total && stated.lines.covered > known.covered);
  if (larger) file.statedTotals = { lines: stated.lines, branches: stated.branches };
}
