const GHSA = /\bGHSA-([a-z0-9]{4})-([a-z0-9]{4})-([a-z0-9]{4})\b/i;
// The npm registry's own advisories, before they moved to GitHub: npmjs.com/advisories/755, nodesecurity.io/...
const NPM_ADVISORY = /\/advisories\/(\d+)\b/;

/** Where an advisory may say who it is: its GHSA id, its page, the registry's numeric id. */
export interface AdvisoryRef {
  ghsa?: string | undefined;
  url?: string | undefined;
  id?: number | string | undefined;
}

/**
 * An advisory's rule id: `GHSA-xxxx-xxxx-xxxx` when the id or the link names one (what Trivy, Dependabot and
 * osv-scanner call it too, so one advisory reads alike across tools), else `npm:<registry id>`; `null` when the
 * report gives neither.
 */
export function advisoryId({ ghsa, url, id }: AdvisoryRef): string | null {
  const match = GHSA.exec(ghsa ?? '') ?? GHSA.exec(url ?? '');
  if (match) return `GHSA-${match.slice(1).join('-').toLowerCase()}`;
  const npm = NPM_ADVISORY.exec(url ?? '')?.[1] ?? (id === undefined ? '' : String(id).trim());
  return npm ? `npm:${npm}` : null;
}
