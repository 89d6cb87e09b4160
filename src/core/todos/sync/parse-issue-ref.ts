/**
 * The number of the issue a TODO refers to (`TODO(#123)` → `#123` → 123), when it is an issue of this
 * repository: `#123`, or `owner/repo#123` naming this one (case-insensitively). Anything else → `null`.
 */
export function parseIssueRef(ref: string, owner: string, repo: string): number | null {
  const match = /^(?:([\w.-]+)\/([\w.-]+))?#(\d+)$/.exec(ref.trim());
  if (!match?.[3]) return null;
  const [, refOwner, refRepo] = match;
  if (refOwner && refRepo && `${refOwner}/${refRepo}`.toLowerCase() !== `${owner}/${repo}`.toLowerCase())
    return null;
  const number = Number(match[3]);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}
