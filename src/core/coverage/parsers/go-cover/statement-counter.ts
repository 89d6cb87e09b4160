import type { Ratio } from '../../../model/coverage.js';
import type { GoBlock } from './read-go-block.js';

interface BlockStatements {
  statements: number;
  covered: boolean;
}

/**
 * Statements per file over distinct blocks: a block listed again (profiles of several test runs concatenated or
 * merged) counts once, covered when any listing has a count above 0.
 */
export class StatementCounter {
  readonly #files = new Map<string, Map<string, BlockStatements>>();

  /**
   * Counts one block listing. Returns the statement count the block was first listed with when it differs from
   * this one (`go tool cover` refuses such profiles: they come from different builds), otherwise `null`.
   */
  add(block: GoBlock): number | null {
    let blocks = this.#files.get(block.path);
    if (!blocks) {
      blocks = new Map();
      this.#files.set(block.path, blocks);
    }
    const known = blocks.get(block.position);
    if (!known) {
      blocks.set(block.position, { statements: block.statements, covered: block.count > 0 });
      return null;
    }
    if (known.statements !== block.statements) return known.statements;
    known.covered ||= block.count > 0;
    return null;
  }

  /** Covered and total statements of the file at `path`. */
  totals(path: string): Ratio {
    const ratio: Ratio = { covered: 0, total: 0 };
    for (const block of this.#files.get(path)?.values() ?? []) {
      ratio.total += block.statements;
      if (block.covered) ratio.covered += block.statements;
    }
    return ratio;
  }
}
