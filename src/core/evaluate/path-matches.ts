import picomatch from 'picomatch';

/**
 * Whether two paths name the same file when one may be relative to a different root: equal, or one ends with
 * `/` + the other. (Full path resolution against the repository arrives with the coverage issue.)
 */
export function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  return a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}

/** A predicate matching repo-relative POSIX paths against globs (dotfiles included). */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const match = picomatch([...globs], { dot: true });
  return (path) => match(path.replace(/^\.\//, ''));
}
