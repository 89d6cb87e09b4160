/** A user mapping `before::after`: a report path starting with `before` has it replaced by `after`. */
export interface PathMapping {
  before: string;
  after: string;
}

/** Parses `before::after` entries (backslashes normalized, so Windows prefixes can be written either way). */
export function parsePathMappings(entries: readonly string[]): PathMapping[] {
  return entries.map((entry) => {
    const separator = entry.indexOf('::');
    const before = (separator === -1 ? entry : entry.slice(0, separator)).replaceAll('\\', '/');
    const after = separator === -1 ? '' : entry.slice(separator + 2).replaceAll('\\', '/');
    return { before, after };
  });
}

/** Applies the first mapping whose `before` prefixes the path; the path unchanged when none does. */
export function applyPathMappings(path: string, mappings: readonly PathMapping[]): string {
  const mapping = mappings.find((candidate) => candidate.before !== '' && path.startsWith(candidate.before));
  if (!mapping) return path;
  return `${mapping.after}${path.slice(mapping.before.length)}`.replace(
    /^\/+(?=[^/])/,
    mapping.after === '' ? '' : '/',
  );
}
