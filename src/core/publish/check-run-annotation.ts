/**
 * An annotation as GitHub's check-run API takes it (GitHub's field names), and as workflow commands can show it.
 * The `Annotation` that `verdictAnnotations` returns is one of these.
 */
export interface CheckRunAnnotation {
  /** Repo-relative POSIX path (`src/app.ts`): GitHub places nothing on an absolute path. */
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  /** At most 255 characters. */
  title?: string;
  /** Plain text, at most 64 KB. */
  message: string;
  /** Plain text shown folded under the message, at most 64 KB. */
  raw_details?: string;
}
