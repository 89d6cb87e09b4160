import type { BranchCount, FileCoverage } from '../../../model/coverage.js';
import type { LineRecord } from './read-line-record.js';

/**
 * Collects line records into one `FileCoverage` per path. The same (path, line) seen again (a file split over
 * several `<class>` elements, gcovr repeating lines) stays one coverable line whose hits add up; its branch
 * counts keep the listing with more branches, then more covered ones.
 */
export class FileCoverageAccumulator {
  readonly #files = new Map<string, FileCoverage>();

  /** The file at `path`, created empty on first sight so a class without lines still names its file. */
  file(path: string): FileCoverage {
    let file = this.#files.get(path);
    if (!file) {
      file = { path, lines: new Map(), branches: new Map() };
      this.#files.set(path, file);
    }
    return file;
  }

  /** Adds one line record to the file at `path`. */
  add(path: string, record: LineRecord): void {
    const file = this.file(path);
    file.lines.set(record.number, (file.lines.get(record.number) ?? 0) + record.hits);
    if (!record.branch) return;
    const branches = (file.branches ??= new Map());
    const known = branches.get(record.number);
    if (!known || isLarger(record.branch, known)) branches.set(record.number, record.branch);
  }

  /** The files, in the order the report first names them. */
  files(): FileCoverage[] {
    return [...this.#files.values()];
  }
}

function isLarger(a: BranchCount, b: BranchCount): boolean {
  return a.total > b.total || (a.total === b.total && a.covered > b.covered);
}
