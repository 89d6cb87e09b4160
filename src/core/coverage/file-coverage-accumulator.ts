import type { BranchCount, FileCoverage } from '../model/coverage.js';
import { LineHits } from '../model/line-hits.js';

/**
 * Collects line records into one `FileCoverage` per path, for every format. The same (path, line) seen again (a
 * file split over several Cobertura `<class>` elements, gcovr repeating lines, duplicate LCOV `SF` blocks) stays
 * one coverable line whose hits add up; its branch counts keep the listing with more branches, then more covered.
 */
export class FileCoverageAccumulator {
  readonly #files = new Map<string, FileCoverage>();

  /** @param hasBranches whether the format records branches (otherwise files get `branches: null`). */
  constructor(private readonly hasBranches = true) {}

  /** The file at `path`, created empty on first sight so a file without lines is still named. */
  file(path: string): FileCoverage {
    let file = this.#files.get(path);
    if (!file) {
      file = { path, lines: new LineHits(), branches: this.hasBranches ? new Map() : null };
      this.#files.set(path, file);
    }
    return file;
  }

  /** Adds one line record to the file at `path`. */
  add(path: string, line: number, hits: number, branch: BranchCount | null = null): void {
    const file = this.file(path);
    file.lines.set(line, (file.lines.get(line) ?? 0) + hits);
    if (branch) this.addBranch(path, line, branch);
  }

  /**
   * Records branches on a line without making it coverable: istanbul and LCOV report branches on lines that have
   * no line count (a default parameter in `function f(a = 1) {`), and those must not become uncovered lines.
   */
  addBranch(path: string, line: number, branch: BranchCount): void {
    const file = this.file(path);
    const branches = (file.branches ??= new Map());
    const known = branches.get(line);
    if (!known || isLarger(branch, known)) branches.set(line, branch);
  }

  /** The files, in the order the report first names them. */
  files(): FileCoverage[] {
    return [...this.#files.values()];
  }
}

function isLarger(a: BranchCount, b: BranchCount): boolean {
  return a.total > b.total || (a.total === b.total && a.covered > b.covered);
}
