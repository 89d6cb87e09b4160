import type { IssueMarker } from './issue-marker.js';
import { ISSUE_MARKER_PREFIX } from './issue-marker.js';

/**
 * The marker as one line of HTML comment: `<!-- gonogo-todo {"fingerprint":…} -->`. The JSON is written with
 * `<`, `>`, `&` and `-` as `\u` escapes (which `JSON.parse` reads back as they were), so no path or keyword can
 * end the comment early (`-->`, `--!>`) or open another one.
 */
export function renderIssueMarker(marker: IssueMarker): string {
  const json = JSON.stringify({
    fingerprint: marker.fingerprint,
    path: marker.path,
    line: marker.line,
    keyword: marker.keyword,
    content: marker.content,
    ...(marker.closedByGonogo ? { closedByGonogo: true } : {}),
  }).replace(/[<>&-]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${ISSUE_MARKER_PREFIX}${json} -->`;
}
