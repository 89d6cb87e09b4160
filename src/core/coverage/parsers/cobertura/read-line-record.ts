import { InputError } from '../../../errors/input-error.js';
import type { FileLocation } from '../../../errors/input-error.js';
import type { XmlAttributes } from '../../xml/tag-attributes.js';
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
const DIGITS = /^\d+$/;
const UNSIGNED_NUMBER = /^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const CONDITION_COVERAGE = /\(\s*(\d+)\s*\/\s*(\d+)\s*\)/;

/** Reads one `<line>` element. Throws `InputError` naming the report, the place, the class file and the line. */
export function readLineRecord(line: XmlAttributes, context: RecordContext): LineRecord {
  // Fast path: plain digits, read without making strings. Anything else goes through the full checks.
  let number = line.integer('number');
  if (!(number >= 1 && number <= MAX_LINE_NUMBER)) {
    const rawNumber = line.get('number');
    number = rawNumber !== undefined && DIGITS.test(rawNumber) ? Number(rawNumber) : NaN;
    if (!(number >= 1 && number <= MAX_LINE_NUMBER)) {
      fail(
        context,
        `line number ${JSON.stringify(rawNumber ?? '')} is not an integer from 1 to ${MAX_LINE_NUMBER}`,
      );
    }
  }
  const plainHits = line.integer('hits');
  const hits = Number.isNaN(plainHits) ? readHits(line.get('hits'), context, number) : plainHits;
  return { number, hits, branch: readBranch(line, context, number) };
}

/** Throws the `InputError` for a record; the message is built only when something is wrong. */
function fail(context: RecordContext, reason: string, number?: number): never {
  // The message stays on one line even if a filename carries an encoded line break.
  const inClass = `class "${context.filename.replace(/[\r\n]+/g, ' ')}"`;
  throw new InputError(
    context.source,
    `${inClass}${number === undefined ? '' : `, line ${number}`}: ${reason}`,
    context.locate(),
  );
}

function readHits(raw: string | undefined, context: RecordContext, number: number): number {
  const failOnLine = (reason: string): never => fail(context, reason, number);
  if (raw === undefined) return failOnLine('missing hits');
  const unsigned = raw.startsWith('-') ? raw.slice(1) : raw;
  if (!UNSIGNED_NUMBER.test(unsigned)) return failOnLine(`hits ${JSON.stringify(raw)} is not a number`);
  const hits = Number(raw);
  if (!Number.isFinite(hits)) return failOnLine(`hits ${JSON.stringify(raw)} is not a finite number`);
  if (hits < 0) return failOnLine(`hits ${JSON.stringify(raw)} is negative`);
  // Some tools write counts as floats (`1.0`). They are tolerated and floored: a count is a whole number, and
  // rounding `0.4` up would turn an unexecuted line into a covered one. `+ 0` turns `-0` into `0`.
  return Math.floor(hits) + 0;
}

function readBranch(line: XmlAttributes, context: RecordContext, number: number): BranchCount | null {
  const failOnLine = (reason: string): never => fail(context, reason, number);
  // coverlet writes `branch="True"`.
  if (line.get('branch')?.toLowerCase() !== 'true') return null;
  const raw = line.get('condition-coverage');
  if (raw === undefined) return null;
  const match = CONDITION_COVERAGE.exec(raw);
  if (!match) return failOnLine(`condition-coverage ${JSON.stringify(raw)} is not "N% (covered/total)"`);
  const covered = Number(match[1]);
  const total = Number(match[2]);
  if (covered > total) {
    return failOnLine(`condition-coverage ${JSON.stringify(raw)} covers more branches than exist`);
  }
  return total > 0 ? { covered, total } : null;
}
