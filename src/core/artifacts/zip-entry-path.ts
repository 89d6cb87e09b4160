/** Where an entry may be read to, or why it may not. */
export type ZipEntryPath = { path: string } | { reason: string };

// C0 controls and DEL: a name holding them would forge lines or escapes wherever it is shown.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The repo-relative POSIX path an archive entry's name stands for, or why the name is refused: absolute (`/etc/x`),
 * a drive (`C:x`), a backslash (a separator to Windows tools, so `..\x` would climb), a `..` segment, a control
 * character, or nothing left after `.` and empty segments are dropped. The check is on the name alone; what the
 * entry is (a directory, a link) is the caller's.
 */
export function zipEntryPath(name: string): ZipEntryPath {
  if (CONTROL.test(name)) return { reason: 'a control character in the name' };
  if (name.includes('\\')) return { reason: 'a backslash in the name (a path separator on Windows)' };
  if (name.startsWith('/')) return { reason: 'an absolute path' };
  if (/^[A-Za-z]:/.test(name)) return { reason: 'a drive-letter path' };
  const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { reason: 'a `..` segment (outside the archive)' };
  if (segments.length === 0) return { reason: 'an empty name' };
  return { path: segments.join('/') };
}
