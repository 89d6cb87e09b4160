/** A check-run annotation, with GitHub's field names. */
export interface Annotation {
  /** Repo-relative path. */
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}
