import type { CheckRunAnnotation } from '../core/publish/check-run-annotation.js';
import { fitUtf8 } from '../core/publish/fit-utf8.js';

/** GitHub's limits for one annotation: a 255-character title, 64 KB of message and of raw details. */
const MAX_TITLE = 255;
const MAX_BODY_BYTES = 64_000;

/** Annotations ready to send, and what was left out. */
export interface PreparedAnnotations {
  annotations: CheckRunAnnotation[];
  /** Valid annotations beyond the cap. */
  beyondCap: number;
  /** Annotations without a repository-relative path or a line: GitHub could place them nowhere. */
  invalid: number;
}

/** `src/a.ts` from `./src/a.ts` or `src\a.ts`; `null` for a path outside the repository or absolute. */
function repositoryPath(path: string): string | null {
  const posix = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!posix || posix.startsWith('/') || /^[A-Za-z]:/.test(posix)) return null;
  if (posix.split('/').includes('..')) return null;
  return posix;
}

/** Only GitHub's fields, within its limits; `null` when the annotation cannot be placed. */
function clean(annotation: CheckRunAnnotation): CheckRunAnnotation | null {
  const path = repositoryPath(annotation.path);
  const start = Math.floor(annotation.start_line);
  if (path === null || !Number.isFinite(start)) return null;
  const startLine = Math.max(1, start);
  const end = Math.floor(annotation.end_line);
  const title = annotation.title?.trim();
  return {
    path,
    start_line: startLine,
    end_line: Number.isFinite(end) ? Math.max(startLine, end) : startLine,
    annotation_level: annotation.annotation_level,
    ...(title ? { title: title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title } : {}),
    // GitHub refuses an annotation without a message.
    message: fitUtf8(annotation.message || title || annotation.annotation_level, MAX_BODY_BYTES, '…'),
    ...(annotation.raw_details ? { raw_details: fitUtf8(annotation.raw_details, MAX_BODY_BYTES, '…') } : {}),
  };
}

/**
 * The first `cap` annotations GitHub can place, in the order given (most important first), each cut to GitHub's
 * limits so that no request is refused for one long message.
 */
export function prepareAnnotations(
  annotations: readonly CheckRunAnnotation[],
  cap: number,
): PreparedAnnotations {
  const valid = annotations.map(clean).filter((annotation) => annotation !== null);
  return {
    annotations: valid.slice(0, cap),
    beyondCap: Math.max(0, valid.length - cap),
    invalid: annotations.length - valid.length,
  };
}
