import parseDiff from 'parse-diff';
import { InputError } from '../errors/input-error.js';
import type { ChangedLines } from '../model/evidence-bundle.js';

/**
 * The lines a unified diff (`git diff`, a PR's `.diff`) adds or changes, per new path. Deleted files are left
 * out; renamed files are listed under their new path. Throws `InputError` when the text is not a diff.
 */
export function changedLines(text: string, source: string): ChangedLines {
  const changed: ChangedLines = new Map();
  if (text.trim() === '') return changed;
  const files = parseDiff(text);
  if (files.length === 0)
    throw new InputError(source, 'not a unified diff (no "--- a/… +++ b/…" file headers)');
  for (const file of files) {
    const path = file.to;
    if (!path || path === '/dev/null') continue;
    const lines = changed.get(path) ?? new Set<number>();
    for (const chunk of file.chunks) {
      for (const change of chunk.changes) if (change.type === 'add') lines.add(change.ln);
    }
    changed.set(path, lines);
  }
  return changed;
}
