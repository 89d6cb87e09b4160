import { describe, expect, it } from 'vitest';
import type { IssueMarker } from '../../../src/core/todos/sync/issue-marker.js';
import { parseIssueMarker } from '../../../src/core/todos/sync/parse-issue-marker.js';
import { renderIssueMarker } from '../../../src/core/todos/sync/render-issue-marker.js';
import { replaceIssueMarker } from '../../../src/core/todos/sync/replace-issue-marker.js';

const marker: IssueMarker = {
  fingerprint: 'f1',
  path: 'src/a.ts',
  line: 3,
  keyword: 'TODO',
  content: 'abcdef0123456789',
  closedByGonogo: false,
};

describe('renderIssueMarker / parseIssueMarker', () => {
  it('round-trips, closedByGonogo written only when set', () => {
    const line = renderIssueMarker(marker);
    expect(line).toBe(
      '<!-- gonogo-todo {"fingerprint":"f1","path":"src/a.ts","line":3,"keyword":"TODO","content":"abcdef0123456789"} -->',
    );
    expect(parseIssueMarker(`${line}\nbody`)).toEqual(marker);
    const closed = { ...marker, closedByGonogo: true };
    expect(parseIssueMarker(renderIssueMarker(closed))).toEqual(closed);
  });

  it('keeps a path that tries to end the comment inside it', () => {
    const sly = { ...marker, path: 'a-->b/<!-- gonogo-todo {}-->.ts' };
    const line = renderIssueMarker(sly);
    expect(line.slice(4, -4)).not.toMatch(/--|<|>/);
    expect(parseIssueMarker(line)).toEqual(sly);
  });

  it('reads only the first line: a marker quoted in the code below is not one', () => {
    const body = `Some text\n\n\`\`\`\n${renderIssueMarker(marker)}\n\`\`\``;
    expect(parseIssueMarker(body)).toBeNull();
  });

  it('rejects damaged or foreign markers', () => {
    expect(parseIssueMarker('')).toBeNull();
    expect(parseIssueMarker('<!-- gonogo-todo {} -->')).toBeNull();
    expect(parseIssueMarker('<!-- gonogo-todo {"fingerprint":"f1" -->')).toBeNull();
    expect(parseIssueMarker('<!-- gonogo:comment:gonogo -->')).toBeNull();
    expect(parseIssueMarker(renderIssueMarker({ ...marker, line: 0 }))).toBeNull();
  });

  it('accepts a CRLF body and a byte order mark', () => {
    expect(parseIssueMarker(`\uFEFF${renderIssueMarker(marker)}\r\nrest`)).toEqual(marker);
  });
});

describe('replaceIssueMarker', () => {
  const next = renderIssueMarker({ ...marker, closedByGonogo: true });

  it('replaces the first line and keeps the rest as it is', () => {
    expect(replaceIssueMarker(`${renderIssueMarker(marker)}\r\nline 1\nline 2`, next)).toBe(
      `${next}\nline 1\nline 2`,
    );
  });

  it('puts the marker in front of a body without one', () => {
    expect(replaceIssueMarker('edited by hand', next)).toBe(`${next}\nedited by hand`);
    expect(replaceIssueMarker('', next)).toBe(next);
  });
});
