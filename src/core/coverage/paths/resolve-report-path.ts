import type { PathMapping } from './path-mapping.js';
import { applyPathMappings } from './path-mapping.js';
import { isAbsolutePath, normalizeReportPath } from './normalize-report-path.js';
import type { RepositoryIndex } from './repository-index.js';

/** How a report path was matched to a repository file. */
export type Resolution =
  | { resolved: true; path: string }
  | { resolved: false; path: string; reason: 'not-found' | 'ambiguous'; candidates: readonly string[] };

/** What resolution knows about the report and the repository. */
export interface ResolveContext {
  repository: RepositoryIndex;
  mappings: readonly PathMapping[];
  /** Source roots the report declares (Cobertura `<sources>`), normalized. */
  sourceRoots: readonly string[];
  /** The Go module path from `go.mod` (`github.com/org/repo`), stripped from Go import paths. */
  goModule: string | null;
}

/** The longest suffix of `path`, at a `/` boundary, that is a repository file. */
function longestSuffixInRepository(path: string, repository: RepositoryIndex): string | null {
  const parts = path.split('/');
  for (let start = 0; start < parts.length; start++) {
    const suffix = parts.slice(start).join('/');
    if (suffix !== '' && repository.has(suffix)) return suffix;
  }
  return null;
}

/**
 * Maps one report path to a repo-relative path. In order: user mappings; the Go module prefix; the path itself
 * and under each source root; the longest suffix that is a repository file (strips CI prefixes such as
 * `/home/runner/work/app/app/`, `/github/workspace/`, `C:/agent/_work/1/s/`); finally the only repository file
 * that ends with the path (a JaCoCo `com/acme/A.java` under `src/main/java/`). Two or more candidates, or none,
 * leave it unresolved: a guess would put coverage on the wrong file.
 */
export function resolveReportPath(reportPath: string, context: ResolveContext): Resolution {
  const { repository } = context;
  let path = applyPathMappings(normalizeReportPath(reportPath), context.mappings);
  if (context.goModule && path.startsWith(`${context.goModule}/`))
    path = path.slice(context.goModule.length + 1);

  const direct = [path, ...context.sourceRoots.map((root) => `${root.replace(/\/+$/, '')}/${path}`)];
  const relative = direct.filter((candidate) => !isAbsolutePath(candidate));
  // 1. The path as written, or under a source root.
  const exact = relative.find((candidate) => repository.has(candidate));
  if (exact) return { resolved: true, path: exact };
  // 2. The only repository file that ends with a relative path (a JaCoCo `com/acme/A.java` under `src/main/java`).
  const endingWith = [...new Set(relative.flatMap((candidate) => repository.endingWith(candidate)))];
  if (endingWith.length === 1 && endingWith[0]) return { resolved: true, path: endingWith[0] };
  // 3. The longest suffix that is a repository file: strips CI and container prefixes of absolute paths.
  if (endingWith.length === 0) {
    for (const candidate of direct) {
      const suffix = longestSuffixInRepository(candidate, repository);
      if (suffix) return { resolved: true, path: suffix };
    }
  }
  return {
    resolved: false,
    path,
    reason: endingWith.length > 1 ? 'ambiguous' : 'not-found',
    candidates: endingWith.slice(0, 3),
  };
}
