import type { FileLocation } from '../../../errors/input-error.js';
import type { BranchCount } from '../../../model/coverage.js';
import type { XmlAttributes } from '../../xml/tag-attributes.js';
import { recordFailure } from './record-failure.js';
import { MAX_LINE_NUMBER, readCount, readLineNumber } from './read-whole-number.js';

/** One `<line nr mi ci mb cb>` record, checked. */
export interface JacocoLine {
  number: number;
  /**
   * Whether the line carries `mi` or `ci`: gcovr writes lines with `nr` (and branches) only, leaving the file's
   * counters as the only coverage figures.
   */
  counted: boolean;
  /** Instructions covered (`ci`), taken as the line's hits. */
  covered: number;
  /** Instructions missed and covered (`mi + ci`): the line is coverable when this is above 0. */
  instructions: number;
  /** Branches covered (`cb`) of `mb + cb`, or `null` when the line has none. */
  branch: BranchCount | null;
}

/** Where a line is read, for error messages: the report, the file's subject, the line's location on demand. */
export interface LineContext {
  source: string;
  subject: string;
  locate: () => FileLocation;
}

/** Reads one `<line>` of a source file. */
export function readJacocoLine(attributes: XmlAttributes, context: LineContext): JacocoLine {
  let number = attributes.integer('nr');
  if (!(number >= 1 && number <= MAX_LINE_NUMBER)) {
    number = readLineNumber(attributes, 'nr', recordFailure(context.source, context.locate, context.subject));
  }
  // Fast path: JaCoCo writes all four counts as plain digits, read without making strings.
  let missed: number | undefined = attributes.integer('mi');
  let covered: number | undefined = attributes.integer('ci');
  let missedBranches = attributes.integer('mb');
  let coveredBranches = attributes.integer('cb');
  if (
    Number.isNaN(missed) ||
    Number.isNaN(covered) ||
    Number.isNaN(missedBranches) ||
    Number.isNaN(coveredBranches)
  ) {
    const fail = recordFailure(context.source, context.locate, `${context.subject}, line ${number}`);
    missed = readCount(attributes, 'mi', fail);
    covered = readCount(attributes, 'ci', fail);
    missedBranches = readCount(attributes, 'mb', fail) ?? 0;
    coveredBranches = readCount(attributes, 'cb', fail) ?? 0;
  }
  const branches = missedBranches + coveredBranches;
  return {
    number,
    // The DTD makes every count optional: one of `mi`/`ci` present means the other is 0.
    counted: missed !== undefined || covered !== undefined,
    covered: covered ?? 0,
    instructions: (missed ?? 0) + (covered ?? 0),
    branch: branches > 0 ? { covered: coveredBranches, total: branches } : null,
  };
}
