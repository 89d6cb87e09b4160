/** A comment as the scanner found it, by offsets; `buildComments` turns it into lines. */
export interface RawComment {
  /** Offset of its first marker character (of a docstring: of its string prefix). */
  start: number;
  /** Offset of its text, after the opening marker. */
  contentStart: number;
  /** Offset just past its text, before the closing marker (or the line or file end). */
  contentEnd: number;
  /** Offset just past the whole comment, closing marker included. */
  end: number;
  kind: 'line' | 'block' | 'docstring';
  /** A `/* … *\/`-style block: strip `*` runs at its ends and the ` * ` decoration of its inner lines. */
  star: boolean;
}
