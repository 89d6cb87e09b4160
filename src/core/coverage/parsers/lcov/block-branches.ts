import type { FileCoverageAccumulator } from '../../file-coverage-accumulator.js';
import type { BrdaRecord } from './read-brda-record.js';

/**
 * The `BRDA` records of one `SF` block, keyed by (line, block, branch). A key repeated within the block keeps its
 * larger count (the same branch listed twice is one branch). Repeated blocks of one file are merged later, per
 * line, by the accumulator.
 */
export class BlockBranches {
  readonly #byLine = new Map<number, Map<string, number>>();

  add(record: BrdaRecord): void {
    let branches = this.#byLine.get(record.line);
    if (!branches) {
      branches = new Map();
      this.#byLine.set(record.line, branches);
    }
    const known = branches.get(record.key);
    if (known === undefined || record.taken > known) branches.set(record.key, record.taken);
  }

  /**
   * Passes each line's counts (total = distinct branches, covered = those taken) to the accumulator. A branch
   * line without a `DA` record (istanbul writes some) still counts its branches, as lcov's own `BRF` does, but
   * does not become a coverable line.
   */
  flush(accumulator: FileCoverageAccumulator, path: string): void {
    for (const [line, branches] of this.#byLine) {
      let covered = 0;
      for (const taken of branches.values()) if (taken > 0) covered++;
      accumulator.addBranch(path, line, { covered, total: branches.size });
    }
    this.#byLine.clear();
  }
}
