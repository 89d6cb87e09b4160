import { parseIssueMarker } from './parse-issue-marker.js';

/**
 * A body with its first line set to `marker`: the marker line replaced when the body has one, else put in front.
 * The rest is kept as it is (closing an issue rewrites its marker, never the permalink or the text).
 */
export function replaceIssueMarker(body: string, marker: string): string {
  if (parseIssueMarker(body) === null) return body.trim() ? `${marker}\n${body}` : marker;
  const newline = body.indexOf('\n');
  return newline < 0 ? marker : `${marker}${body.slice(newline)}`;
}
