import type { ResolvedCoverage } from '../coverage/paths/resolve-coverage-paths.js';
import type { FileCoverage } from '../model/coverage.js';
import type { EvidenceBundle } from '../model/evidence-bundle.js';
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
}
