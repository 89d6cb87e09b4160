/** A TODO/FIXME comment found in source code. */
export interface Todo {
  path: string;
  line: number;
  keyword: string;
  text: string;
  assignee: string | null;
  labels: string[];
  /** Reference to an existing issue (`TODO(#123)`), or `null`. */
  issue: string | null;
  fingerprint: string;
}
