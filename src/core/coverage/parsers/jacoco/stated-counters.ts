import type { FileLocation } from '../../../errors/input-error.js';
import type { Ratio } from '../../../model/coverage.js';
import type { XmlAttributes } from '../../xml/tag-attributes.js';
import { recordError } from './record-failure.js';
import { readCount } from './read-whole-number.js';

/** Line and branch totals an element states in its own counters. */
export interface StatedTotals {
  lines: Ratio;
  branches: Ratio;
}

/** The first wrong counter, kept until it is known whether the counters matter. */
interface CounterProblem {
  location: FileLocation;
  type: string;
  reason: string;
}

class Problem extends Error {}

/**
 * The `LINE` and `BRANCH` `<counter>` children of one `<sourcefile>` or `<class>`, read as they stream past. Whether
 * they count is known only at the element's end (they stand in for lines that carry no `mi`/`ci`, or tell whether
 * a class has line coverage), so a wrong counter is remembered, with its place, and thrown only if they do.
 */
export class StatedCounters {
  #lines: Ratio | null = null;
  #branches: Ratio | null = null;
  #problem: CounterProblem | null = null;

  /** Reads one `<counter>`; `locate` gives its place, asked only when it is wrong. */
  read(attributes: XmlAttributes, locate: () => FileLocation): void {
    if (this.#problem) return;
    const type = attributes.get('type');
    if (type !== 'LINE' && type !== 'BRANCH') return;
    const fail = (reason: string): never => {
      this.#problem = { location: locate(), type, reason };
      throw new Problem(reason);
    };
    try {
      if ((type === 'LINE' ? this.#lines : this.#branches) !== null) fail('appears twice');
      const covered = readCount(attributes, 'covered', fail) ?? fail('missing covered');
      const missed = readCount(attributes, 'missed', fail) ?? fail('missing missed');
      const ratio = { covered, total: covered + missed };
      if (type === 'LINE') this.#lines = ratio;
      else this.#branches = ratio;
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
    }
  }

  /**
   * The stated totals, or `null` without a `LINE` counter (JaCoCo leaves out counters whose total is 0, so a
   * missing `BRANCH` counter means no branches). Throws the first wrong counter, named after `subject`.
   */
  totals(source: string, subject: string): StatedTotals | null {
    const problem = this.#problem;
    if (problem) {
      throw recordError(source, problem.location, `${subject}, ${problem.type} counter`, problem.reason);
    }
    if (!this.#lines) return null;
    return { lines: this.#lines, branches: this.#branches ?? { covered: 0, total: 0 } };
  }
}
