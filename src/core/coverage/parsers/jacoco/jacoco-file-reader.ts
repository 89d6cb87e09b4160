import type { FileLocation } from '../../../errors/input-error.js';
import type { FileCoverageAccumulator } from '../../file-coverage-accumulator.js';
import type { XmlAttributes } from '../../xml/tag-attributes.js';
import { keepStatedTotals } from './keep-stated-totals.js';
import type { LineContext } from './read-jacoco-line.js';
import { readJacocoLine } from './read-jacoco-line.js';
import { recordError } from './record-failure.js';
import type { StatedCounters } from './stated-counters.js';

/**
 * One file being read, a JaCoCo `<sourcefile>` or a `<class>` as gcovr writes them, one `<line>` at a time. A line
 * is coverable when it has instructions (`mi + ci > 0`), covered when one of them ran (`ci > 0`, taken as its
 * hits). When no line carries `mi`/`ci` (gcovr), the file's `LINE` and `BRANCH` counters are the only truth: they
 * become its stated totals and it gets no line records, since which of its lines ran is unknown. Package and
 * report counters are never read: they would count a file twice.
 */
export class JacocoFileReader implements LineContext {
  /** Lines with `mi`/`ci`, and all lines. */
  #counted = 0;
  #lines = 0;
  /** The number of the first line without `mi`/`ci`, while no line has them. */
  #firstUncounted: number | null = null;

  constructor(
    private readonly accumulator: FileCoverageAccumulator,
    /** The file's path as the report names it, `/`-separated. */
    readonly path: string,
    /** What the file is called in messages: `sourcefile "com/acme/App.java"`. */
    readonly subject: string,
    readonly source: string,
    readonly locate: () => FileLocation,
  ) {
    accumulator.file(path);
  }

  /** Whether some line carries `mi`/`ci`, which makes the file's counters irrelevant. */
  get counted(): boolean {
    return this.#counted > 0;
  }

  /** Reads one `<line>`. */
  line(attributes: XmlAttributes): void {
    const line = readJacocoLine(attributes, this);
    this.#lines++;
    if (!line.counted) {
      if (this.#counted > 0) this.#mixed(line.number);
      this.#firstUncounted ??= line.number;
      return;
    }
    // Placed at the first line with counts, the uncounted one having gone by.
    if (this.#firstUncounted !== null) this.#mixed(this.#firstUncounted);
    this.#counted++;
    // A line without instructions is not coverable; JaCoCo never gives such a line branches.
    if (line.instructions > 0) this.accumulator.add(this.path, line.number, line.covered, line.branch);
  }

  /** Ends the file: without lines carrying `mi`/`ci`, its own counters (`counters`) state its totals. */
  finish(counters: StatedCounters): void {
    if (this.#counted > 0) return;
    const stated = counters.totals(this.source, this.subject);
    if (stated) keepStatedTotals(this.accumulator.file(this.path), stated);
    else if (this.#lines > 0) {
      throw recordError(
        this.source,
        this.locate(),
        this.subject,
        'its lines carry no mi/ci counts and it has no LINE counter',
      );
    }
  }

  #mixed(number: number): never {
    throw recordError(
      this.source,
      this.locate(),
      `${this.subject}, line ${number}`,
      'has no mi/ci counts while other lines of the file have them',
    );
  }
}
