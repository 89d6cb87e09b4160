import type { CoverageReport, FileCoverage } from '../../model/coverage.js';
import { normalizeReportPath } from './normalize-report-path.js';
import type { PathMapping } from './path-mapping.js';
import type { RepositoryIndex } from './repository-index.js';
import { resolveReportPath } from './resolve-report-path.js';
import { suggestPathMapping } from './suggest-path-mapping.js';

/** A report file whose path matched no repository file. */
export interface UnresolvedPath {
  report: string;
  path: string;
  reason: 'not-found' | 'ambiguous';
  candidates: readonly string[];
}

/** Reports with repo-relative paths where they resolved, and what did not resolve. */
export interface ResolvedCoverage {
  reports: CoverageReport[];
  /** Files of the reports in all, and how many resolved. */
  total: number;
  unresolved: UnresolvedPath[];
  /** A `path-mappings` entry that would fix the first unresolved files, when one can be guessed. */
  suggestion: string | null;
}

/**
 * Maps every report file to a repo-relative path (see `resolveReportPath`). A file that does not resolve keeps
 * the report's path, flagged `resolved: false`: resolution decides what gates can use, never what the report says.
 * Without a repository file list, paths are only normalized and counted as resolved.
 */
export function resolveCoveragePaths(
  reports: readonly CoverageReport[],
  repository: RepositoryIndex | null,
  options: { mappings: readonly PathMapping[]; goModule: string | null },
): ResolvedCoverage {
  const unresolved: UnresolvedPath[] = [];
  let total = 0;
  const resolved = reports.map((report): CoverageReport => {
    const sourceRoots = report.sourceRoots.map(normalizeReportPath);
    const files = report.files.map((file): FileCoverage => {
      total++;
      if (!repository)
        return { ...file, path: normalizeReportPath(file.path), reportPath: file.path, resolved: true };
      const resolution = resolveReportPath(file.path, { repository, sourceRoots, ...options });
      if (!resolution.resolved) {
        unresolved.push({
          report: report.source,
          path: resolution.path,
          reason: resolution.reason,
          candidates: resolution.candidates,
        });
      }
      return { ...file, path: resolution.path, reportPath: file.path, resolved: resolution.resolved };
    });
    return { ...report, files };
  });
  const suggestion = repository
    ? suggestPathMapping(
        unresolved.map((entry) => entry.path),
        repository,
      )
    : null;
  return { reports: resolved, total, unresolved, suggestion };
}
