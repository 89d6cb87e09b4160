import { artifactPath } from './parsers/sarif/artifact-path.js';

/**
 * A path as a native report writes it, in the form findings carry: POSIX separators, no leading `./`, `file:`
 * URIs decoded; other URIs (`https:`, `docker:`) kept. Path resolution against the repository comes later.
 */
export function reportPath(raw: string): string {
  return artifactPath(raw, undefined, undefined);
}
