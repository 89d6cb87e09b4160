import type { ResolvedCoverage } from '../coverage/paths/resolve-coverage-paths.js';
import type { FileCoverage } from '../model/coverage.js';
import type { EvidenceBundle } from '../model/evidence-bundle.js';
import type { SastReport } from '../model/finding.js';
import type { MergedFinding } from '../sast/merge-findings.js';
import type { UnresolvedFindingPath } from '../sast/resolve-sast-paths.js';
import type { Rules } from '../rules/rules.js';

/** What every gate evaluator reads. Built once per evaluation. */
export interface GateContext {
  rules: Rules;
  bundle: EvidenceBundle;
  /** Today, `YYYY-MM-DD`, passed in by the shell (the core never reads the clock). */
  today: string;
  /** All coverage reports merged, by path (repo-relative where the path resolved). */
  coverage: Map<string, FileCoverage>;
  /** The base coverage reports merged and resolved the same way, or `null` when none was given. */
  baseCoverage: Map<string, FileCoverage> | null;
  /** How coverage report paths matched repository files. */
  coveragePaths: ResolvedCoverage;
  /** SAST findings with repo-relative paths, the same problem reported by several tools merged into one. */
  sast: SastEvidence;
}

/** The SAST reports as the gates read them. */
export interface SastEvidence {
  /** The reports with resolved paths and fingerprints. */
  reports: SastReport[];
  findings: MergedFinding[];
  /** Fingerprints of every finding of the base reports (`--base-sast`), or `null` when none were given. */
  baseFingerprints: ReadonlySet<string> | null;
  /** Finding paths that are no file of the repository. */
  unresolved: UnresolvedFindingPath[];
}
