import type { IssueRef } from './issue-facts.js';

/**
 * The key of a referenced issue as seen from an issue of `ownRepository`: `#12` within the same repository (or
 * when either repository is unknown: sub-issues almost always live beside their parent), `owner/name#12` across
 * repositories, as GitHub writes cross-repository references.
 */
export function issueRefKey(ref: IssueRef, ownRepository: string | null): string {
  const elsewhere =
    ref.repository !== null &&
    ownRepository !== null &&
    ref.repository.toLowerCase() !== ownRepository.toLowerCase();
  return elsewhere ? `${ref.repository}#${ref.number}` : `#${ref.number}`;
}
