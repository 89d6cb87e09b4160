import type { CoverageReport } from './coverage.js';
import type { SastReport } from './finding.js';
import type { TodoScan } from './todo.js';
import type { TrackerReport } from './tracked-item.js';

/**
 * What the shell gathered for one input family. `configured` is false when neither the rules nor the caller
 * asked for this family: its gates are then not applicable. When it is true, `problems` explains anything that
 * was asked for and not found (a glob that matched nothing), and gates fail closed on them.
 */
export interface FamilyInput<T> {
  configured: boolean;
  /** The patterns or files that were asked for. */
  requested: string[];
  reports: T[];
  problems: string[];
}

/** Changed lines per repo-relative path, from a unified diff. */
export type ChangedLines = Map<string, Set<number>>;

/** Everything the evaluation reads. Built by a shell; the core never reads files itself. */
export interface EvidenceBundle {
  coverage: FamilyInput<CoverageReport>;
  /** Coverage of the base the change is compared with (`--base-coverage`), for coverage drop. */
  baseCoverage: FamilyInput<CoverageReport>;
  sast: FamilyInput<SastReport>;
  /** SAST reports of the base the change is compared with (`--base-sast`): findings there are not new. */
  baseSast: FamilyInput<SastReport>;
  trackers: FamilyInput<TrackerReport>;
  /** The TODO/FIXME comments of the tree, scanned when a `todos` gate asks for them. */
  todos: FamilyInput<TodoScan>;
  /**
   * Fingerprints of the SAST findings of the base commit, from a stored baseline (the Action's); `null` when there
   * is none. Like `baseSast`, it makes `scope: new` mean "not in the base scan".
   */
  baselineFingerprints: readonly string[] | null;
  /** Lines the change adds or modifies, when a diff was given. */
  diff: ChangedLines | null;
  /** What the shell knows of the repository, to map report paths to its files. */
  repository: RepositoryFacts;
}

/** The repository the evaluation runs in. */
export interface RepositoryFacts {
  /** Repo-relative POSIX paths of its files (`git ls-files`), or `null` when unknown (paths are then taken as given). */
  files: readonly string[] | null;
  /** The Go module path from `go.mod`, stripped from Go coverprofile import paths. */
  goModule: string | null;
}
