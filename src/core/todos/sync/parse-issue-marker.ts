import * as z from 'zod';
import type { IssueMarker } from './issue-marker.js';
import { ISSUE_MARKER_PREFIX } from './issue-marker.js';

const markerSchema = z.object({
  fingerprint: z.string().min(1),
  path: z.string().min(1),
  line: z.number().int().positive(),
  keyword: z.string().min(1),
  content: z.string().min(1),
  closedByGonogo: z.boolean().optional(),
});

const SUFFIX = ' -->';

/**
 * Reads the marker from an issue body, or `null` when there is none or it is damaged. Only the body's first line
 * counts: the code quoted further down (a fenced block) may hold anything, including a marker-looking comment.
 */
export function parseIssueMarker(body: string): IssueMarker | null {
  const first =
    body
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0]
      ?.trim() ?? '';
  if (!first.startsWith(ISSUE_MARKER_PREFIX) || !first.endsWith(SUFFIX)) return null;
  let json: unknown;
  try {
    json = JSON.parse(first.slice(ISSUE_MARKER_PREFIX.length, -SUFFIX.length));
  } catch {
    return null;
  }
  const parsed = markerSchema.safeParse(json);
  if (!parsed.success) return null;
  return { ...parsed.data, closedByGonogo: parsed.data.closedByGonogo ?? false };
}
