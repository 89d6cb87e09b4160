/**
 * A report's path in one spelling: `/` separators, no `file://` scheme, no `./` segments, percent-decoding for
 * URIs, Windows drive letters kept (`C:/src/a.cs`).
 */
export function normalizeReportPath(path: string): string {
  let normalized = path.trim().replaceAll('\\', '/');
  if (/^file:\/\//i.test(normalized)) {
    normalized = normalized.replace(/^file:\/\/(localhost)?/i, '');
    try {
      normalized = decodeURIComponent(normalized);
    } catch {
      // Not valid percent-encoding: keep it as written.
    }
    if (/^\/[A-Za-z]:\//.test(normalized)) normalized = normalized.slice(1);
  }
  normalized = normalized.replace(/\/\.(?=\/)/g, '').replace(/\/{2,}/g, '/');
  return normalized.replace(/^(\.\/)+/, '');
}

/** Whether a path is absolute (POSIX root or a Windows drive). */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
