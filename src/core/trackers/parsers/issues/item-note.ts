/** A data-quality problem of one item, before the notes of a file are grouped into its warnings. */
export interface ItemNote {
  /** `file:line: KEY`, or `file: KEY` when the line is not known. */
  place: string;
  /** What is wrong, naming the field and its value (`"Created" is not a date: "soon"; ignored`). */
  problem: string;
}

/** Where an item is, for its notes: `file:line: KEY`, or `file: KEY` when the export gives no line. */
export function itemPlace(source: string, line: number | null, key: string): string {
  return line === null ? `${source}: ${key}` : `${source}:${line}: ${key}`;
}
