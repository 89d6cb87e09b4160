import { InputError } from '../../../errors/input-error.js';
import type { FileLocation } from '../../../errors/input-error.js';
import type { XmlAttributes } from '../../xml/xml-scanner.js';
import type { BranchCount } from '../../../model/coverage.js';

/** One `<line>` record, checked. */
export interface LineRecord {
  number: number;
  hits: number;
  /** Branch counts when the line is a branch line with a usable `condition-coverage`, else `null`. */
  branch: BranchCount | null;
}

/** Where a record comes from, for error messages. */
export interface RecordContext {
  /** The report file, as given to gonogo. */
  source: string;
  /** The `filename` of the class the record belongs to, as written in the report. */
  filename: string;
  /** Where the `<line>` element is, computed only when an error needs it. */
  locate: () => FileLocation;
}

/** No source file has ten million lines; a larger number is corrupt data, not a line. */
const MAX_LINE_NUMBER = 10_000_000;
const UNSIGNED_NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const CONDITION_COVERAGE = /\(\s*(\d+)\s*\/\s*(\d+)\s*\)/;

/** Reads one `<line>` element. Throws `InputError` naming the report, the place, the class file and the line. */
export function readLineRecord(line: XmlAttributes, context: RecordContext): LineRecord {
  const fail = (reason: string): never => {
    throw new InputError(context.source, reason, context.locate());
  };
  // The message stays on one line even if a filename carries an encoded line break.
  const inClass = `class "${context.filename.replace(/[\r\n]+/g, ' ')}"`;
  const rawNumber = line.number;
  const number = rawNumber !== undefined && /^\d+$/.test(rawNumber) ? Number(rawNumber) : NaN;
  if (!(number >= 1 && number <= MAX_LINE_NUMBER)) {
    const shown = JSON.stringify(rawNumber ?? '');
    fail(`${inClass}: line number ${shown} is not an integer from 1 to ${MAX_LINE_NUMBER}`);
  }
  const failOnLine = (reason: string): never => fail(`${inClass}, line ${number}: ${reason}`);
  return {
    number,
    hits: readHits(line.hits, failOnLine),
    branch: readBranch(line, failOnLine),
  };
}

function readHits(raw: string | undefined, fail: (reason: string) => never): number {
  if (raw === undefined) return fail('missing hits');
  const unsigned = raw.startsWith('-') ? raw.slice(1) : raw;
  if (!UNSIGNED_NUMBER.test(unsigned)) return fail(`hits ${JSON.stringify(raw)} is not a number`);
  const hits = Number(raw);
  if (!Number.isFinite(hits)) return fail(`hits ${JSON.stringify(raw)} is not a finite number`);
  if (hits < 0) return fail(`hits ${JSON.stringify(raw)} is negative`);
  // Some tools write counts as floats (`1.0`). They are tolerated and floored: a count is a whole number, and
  // rounding `0.4` up would turn an unexecuted line into a covered one. `+ 0` turns `-0` into `0`.
  return Math.floor(hits) + 0;
}

function readBranch(line: XmlAttributes, fail: (reason: string) => never): BranchCount | null {
  // coverlet writes `branch="True"`.
  if (line.branch?.toLowerCase() !== 'true') return null;
  const raw = line['condition-coverage'];
  if (raw === undefined) return null;
  const match = CONDITION_COVERAGE.exec(raw);
  if (!match) return fail(`condition-coverage ${JSON.stringify(raw)} is not "N% (covered/total)"`);
  const covered = Number(match[1]);
  const total = Number(match[2]);
  if (covered > total) {
    return fail(`condition-coverage ${JSON.stringify(raw)} covers more branches than exist`);
  }
  return total > 0 ? { covered, total } : null;
}
