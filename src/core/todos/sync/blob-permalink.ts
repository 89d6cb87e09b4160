/** Where a file's line is shown on GitHub at a commit. */
export interface BlobLocation {
  /** `https://github.com`, or a GitHub Enterprise Server's URL. */
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
  path: string;
  line: number;
}

/**
 * `{serverUrl}/{owner}/{repo}/blob/{sha}/{path}#L{line}`, each path segment URI-encoded (`a b/#1.ts` →
 * `a%20b/%231.ts`): a permalink that keeps showing the line after the file changes.
 */
export function blobPermalink(location: BlobLocation): string {
  const server = location.serverUrl.replace(/\/+$/, '');
  const path = location.path.split('/').map(encodeURIComponent).join('/');
  const repository = `${encodeURIComponent(location.owner)}/${encodeURIComponent(location.repo)}`;
  return `${server}/${repository}/blob/${encodeURIComponent(location.sha)}/${path}#L${location.line}`;
}
