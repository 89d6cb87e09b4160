import { createHash } from 'node:crypto';
import type { CheckRunAnnotation } from '../core/publish/check-run-annotation.js';

/** Finds the marker `annotationsMarker` writes. */
export const ANNOTATIONS_MARKER = /<!-- gonogo:annotations:[0-9a-f]{16} -->/;

/**
 * The hidden line gonogo puts first in each check run's `output.text`: it marks the run as gonogo's (a workflow
 * job of the same name has a check run too, which must never be touched) and names the set of annotations the
 * run carries. GitHub appends annotations on every update and cannot remove them, so a rerun compares this hash
 * before sending any.
 */
export function annotationsMarker(annotations: readonly CheckRunAnnotation[]): string {
  const hash = createHash('sha256').update(JSON.stringify(annotations)).digest('hex').slice(0, 16);
  return `<!-- gonogo:annotations:${hash} -->`;
}
