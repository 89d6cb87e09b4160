/** The repository's files, indexed for suffix lookups. */
export interface RepositoryIndex {
  has(path: string): boolean;
  /** Repo files whose path ends with `/` + `suffix` (or equals it). */
  endingWith(suffix: string): readonly string[];
}

/** Indexes repo-relative POSIX paths (`git ls-files`) by file name, for fast suffix matching. */
export function repositoryIndex(files: readonly string[]): RepositoryIndex {
  const all = new Set(files);
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const list = byName.get(name);
    if (list) list.push(file);
    else byName.set(name, [file]);
  }
  return {
    has: (path) => all.has(path),
    endingWith: (suffix) => {
      const name = suffix.slice(suffix.lastIndexOf('/') + 1);
      return (byName.get(name) ?? []).filter((file) => file === suffix || file.endsWith(`/${suffix}`));
    },
  };
}
