import type { PathMapping } from '../coverage/paths/path-mapping.js';
import type { RepositoryIndex } from '../coverage/paths/repository-index.js';
import { resolveReportPath } from '../coverage/paths/resolve-report-path.js';
import type { Finding, SastReport } from '../model/finding.js';
import { fingerprintFindings } from './fingerprint-findings.js';

/** A finding path that matched no repository file, with where it came from. */
export interface UnresolvedFindingPath {
  report: string;
  path: string;
  reason: 'not-found' | 'ambiguous' | 'not-a-file';
}

// `https://…`, `docker://…`, `pkg:npm/…`, Trivy's `alpine:3.10 (alpine 3.10.2)`: not a file of any checkout.
// Two characters or more before the colon: `C:/src/a.cs` is a Windows path.
const NOT_A_FILE = /^[a-z][a-z0-9+.-]+:/i;

/**
 * Maps every finding path to a repo-relative path with the coverage resolver (path mappings, CI prefixes,
 * unique suffixes), then fingerprints again so identities compare across checkouts. A path that does not
 * resolve (outside the repository, ambiguous, a URI or a container image) keeps the report's text, flagged
 * `resolved: false`. Without a repository file list, paths stay as the reports give them.
 */
export function resolveSastPaths(
  reports: readonly SastReport[],
  repository: RepositoryIndex | null,
  options: { mappings: readonly PathMapping[]; goModule: string | null },
): { reports: SastReport[]; unresolved: UnresolvedFindingPath[] } {
  const unresolved: UnresolvedFindingPath[] = [];
  const resolved = reports.map((report): SastReport => {
    const cache = new Map<string, { path: string; resolved: boolean }>();
    const resolvePath = (path: string) => {
      const known = cache.get(path);
      if (known) return known;
      let outcome: { path: string; resolved: boolean };
      if (!repository) outcome = { path, resolved: true };
      else if (NOT_A_FILE.test(path)) {
        outcome = { path, resolved: false };
        unresolved.push({ report: report.source, path, reason: 'not-a-file' });
      } else {
        const resolution = resolveReportPath(path, { repository, sourceRoots: [], ...options });
        outcome = { path: resolution.path, resolved: resolution.resolved };
        if (!resolution.resolved) unresolved.push({ report: report.source, path, reason: resolution.reason });
      }
      cache.set(path, outcome);
      return outcome;
    };
    const findings = report.findings.map((finding): Finding => {
      if (finding.path === null) return finding;
      const outcome = resolvePath(finding.path);
      return { ...finding, path: outcome.path, reportPath: finding.path, resolved: outcome.resolved };
    });
    return { ...report, findings: fingerprintFindings(findings) };
  });
  return { reports: resolved, unresolved };
}
