/** What a GitHub address names: a repository (`owner/name`) and, for an issue's address, its number. */
export interface GithubUrlParts {
  repository: string;
  number: number | null;
}

const API = /\/repos\/([^/?#]+\/[^/?#]+?)(?:\/issues\/(\d+))?\/?(?:[?#].*)?$/;
const PAGE = /^https?:\/\/[^/]+\/([^/?#]+\/[^/?#]+)\/(?:issues|pull)\/(\d+)(?:[/?#].*)?$/;

/**
 * Reads an API address (`https://api.github.com/repos/o/r/issues/12`, `…/api/v3/repos/o/r` on GitHub Enterprise
 * Server) or an issue page (`https://github.com/o/r/issues/12`). `null` when it is neither.
 */
export function parseGithubUrl(url: string): GithubUrlParts | null {
  const match = API.exec(url) ?? PAGE.exec(url);
  if (!match?.[1]) return null;
  return { repository: match[1], number: match[2] === undefined ? null : Number(match[2]) };
}
