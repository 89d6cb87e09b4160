import type { SarifArtifactLocation } from './sarif-schema.js';

/** Named base URIs of a run (`run.originalUriBaseIds`). */
export type UriBases = Record<string, SarifArtifactLocation | undefined> | undefined;

// A scheme has two characters or more: `C:/x` and `C:\x` are Windows paths, not URIs with scheme `c`.
const SCHEME = /^([a-z][a-z0-9+.-]+):/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a stray `%` is a literal character in a tool's output more often than bad encoding
  }
}

/** POSIX separators, no leading or inner `./`. */
function toPosix(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/\/(\.\/)+/g, '/')
    .replace(/^(\.\/)+/, '');
}

/** The file path of an absolute `file:` URI: `/home/x/a.py`, `C:/x/a.cs`, `//server/share/a.c`. */
function filePath(uri: string): string {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return toPosix(percentDecode(uri.replace(/^file:(\/\/)?/i, '')));
  }
  const path = percentDecode(url.pathname).replace(/^\/([a-z]:)/i, '$1');
  return url.host === '' ? path : `//${url.host}${path}`;
}

/** `src/` + `a.py`: joins a relative base and a relative reference. */
function join(base: string, relative: string): string {
  if (base === '') return relative;
  return `${base.replace(/\/+$/, '')}/${relative.replace(/^\/+/, '')}`;
}

/**
 * The path gonogo shows for an artifact URI. A relative URI stays relative (that is what matches repository
 * paths): relative bases it hangs from are prefixed (`SRCROOT` = `src/` under `PROJECTROOT` gives `src/a.c`),
 * the first absolute or undefined base ends the chain. An absolute `file:` URI gives its decoded file path;
 * other schemes (`https:`, `docker:`) keep the URI.
 */
export function artifactPath(uri: string, uriBaseId: string | undefined, bases: UriBases): string {
  // URIs cannot hold spaces; a padded one (the SARIF spec's own appendix sample has `" src/"`) is a typo.
  const own = uri.trim();
  const scheme = SCHEME.exec(own)?.[1]?.toLowerCase();
  if (scheme === 'file') return filePath(own);
  if (scheme !== undefined) return own;
  if (WINDOWS_DRIVE.test(own)) return toPosix(own);

  let relative = own;
  const seen = new Set<string>();
  // A cycle of base ids is malformed; stopping where it loops still gives the file's own relative path.
  for (let id = uriBaseId; id !== undefined && !seen.has(id); id = bases?.[id]?.uriBaseId) {
    seen.add(id);
    const base = bases?.[id]?.uri?.trim();
    if (base === undefined || SCHEME.test(base) || WINDOWS_DRIVE.test(base)) break;
    relative = join(base, relative);
  }
  return toPosix(percentDecode(relative));
}
