import type { BranchCount, Ratio } from '../../../model/coverage.js';
import type { XmlElement } from '../../xml/xml-element.js';
import type { ReportText } from './record-failure.js';
import { recordFailure } from './record-failure.js';
import { readCount, readLineNumber } from './read-whole-number.js';

/** One `<line nr mi ci mb cb>` record, checked. */
export interface JacocoLine {
  number: number;
  /**
   * Instructions missed (`mi`) and covered (`ci`), or `null` when the line carries neither: gcovr writes lines
   * with `nr` (and branches) only, leaving the file's counters as the only coverage figures.
   */
  instructions: Ratio | null;
  /** Branches covered (`cb`) of `mb + cb`, or `null` when the line has none. */
  branch: BranchCount | null;
}

/** Reads one `<line>` of a source file. `subject` names the file in error messages. */
export function readJacocoLine(line: XmlElement, report: ReportText, subject: string): JacocoLine {
  const number = readLineNumber(line, 'nr', recordFailure(report, line, subject));
  const fail = recordFailure(report, line, `${subject}, line ${number}`);
  const missed = readCount(line, 'mi', fail);
  const covered = readCount(line, 'ci', fail);
  const missedBranches = readCount(line, 'mb', fail) ?? 0;
  const coveredBranches = readCount(line, 'cb', fail) ?? 0;
  const branches = missedBranches + coveredBranches;
  return {
    number,
    // The DTD makes every count optional: one of `mi`/`ci` present means the other is 0.
    instructions:
      missed === undefined && covered === undefined
        ? null
        : { covered: covered ?? 0, total: (missed ?? 0) + (covered ?? 0) },
    branch: branches > 0 ? { covered: coveredBranches, total: branches } : null,
  };
}
