/** Marks a line that is not coverable in the dense store. */
const ABSENT = -1;
const INITIAL_CAPACITY = 64;

/**
 * Hits per coverable line of one file, keyed by line number, with the reading side of a `Map`.
 *
 * Line numbers of a file are dense (1..N), so hits live in a typed array indexed by line number: 8 bytes a line
 * instead of the ~30 of a `Map` entry, which is what lets a 150 MB report fit in a few hundred megabytes. A file
 * whose line numbers are very sparse (one line numbered 10,000,000) falls back to a `Map`, so the array never
 * grows far beyond the number of lines.
 */
export class LineHits implements Iterable<[number, number]> {
  #dense: Float64Array | null = new Float64Array(INITIAL_CAPACITY).fill(ABSENT);
  #sparse: Map<number, number> | null = null;
  #size = 0;

  constructor(entries?: Iterable<readonly [number, number]>) {
    if (entries) for (const [line, hits] of entries) this.set(line, hits);
  }

  /** Coverable lines with hits > 0, without allocating. */
  countCovered(): number {
    let covered = 0;
    if (this.#sparse) {
      for (const hits of this.#sparse.values()) if (hits > 0) covered++;
      return covered;
    }
    const dense = this.#dense as Float64Array;
    for (let line = 0; line < dense.length; line++) if ((dense[line] as number) > 0) covered++;
    return covered;
  }

  /** Number of coverable lines. */
  get size(): number {
    return this.#sparse ? this.#sparse.size : this.#size;
  }

  get(line: number): number | undefined {
    if (this.#sparse) return this.#sparse.get(line);
    const hits = this.#dense !== null && line < this.#dense.length ? this.#dense[line] : undefined;
    return hits === undefined || hits === ABSENT ? undefined : hits;
  }

  has(line: number): boolean {
    return this.get(line) !== undefined;
  }

  set(line: number, hits: number): this {
    if (this.#sparse) {
      this.#sparse.set(line, hits);
      return this;
    }
    let dense = this.#dense as Float64Array;
    if (line >= dense.length) {
      // Grow by doubling while the array stays within a few times the line count; otherwise go sparse.
      const capacity = Math.max(dense.length * 2, line + 1);
      if (capacity > 4 * (this.#size + 1) + 4096) {
        this.#toSparse().set(line, hits);
        return this;
      }
      const grown = new Float64Array(capacity).fill(ABSENT);
      grown.set(dense);
      this.#dense = dense = grown;
    }
    if (dense[line] === ABSENT) this.#size++;
    dense[line] = hits;
    return this;
  }

  /** Removes a line (a record that turned out not to be coverable). */
  delete(line: number): boolean {
    if (this.#sparse) return this.#sparse.delete(line);
    const dense = this.#dense as Float64Array;
    if (line >= dense.length || dense[line] === ABSENT) return false;
    dense[line] = ABSENT;
    this.#size--;
    return true;
  }

  *entries(): IterableIterator<[number, number]> {
    if (this.#sparse) {
      yield* [...this.#sparse.entries()].sort((a, b) => a[0] - b[0]);
      return;
    }
    const dense = this.#dense as Float64Array;
    for (let line = 0; line < dense.length; line++) {
      const hits = dense[line] as number;
      if (hits !== ABSENT) yield [line, hits];
    }
  }

  *keys(): IterableIterator<number> {
    for (const [line] of this.entries()) yield line;
  }

  *values(): IterableIterator<number> {
    if (this.#sparse) {
      yield* this.#sparse.values();
      return;
    }
    const dense = this.#dense as Float64Array;
    for (let line = 0; line < dense.length; line++) if (dense[line] !== ABSENT) yield dense[line] as number;
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }

  #toSparse(): Map<number, number> {
    const sparse = new Map<number, number>(this.entries());
    this.#sparse = sparse;
    this.#dense = null;
    return sparse;
  }
}
