/** An open heading: its level (1 for `#` and `===` underlines) and its plain text. */
interface OpenHeading {
  depth: number;
  text: string;
}

/** The headings enclosing a point of a markdown document, as an outline would nest them. */
export class HeadingPath {
  readonly #open: OpenHeading[] = [];

  /**
   * Enters a heading: it closes every open heading of its level or deeper, so a `##` after a `###` is a sibling
   * of the enclosing `##`, and a second `#` starts a new outline.
   */
  enter(depth: number, text: string): void {
    while ((this.#open.at(-1)?.depth ?? 0) >= depth) this.#open.pop();
    this.#open.push({ depth, text });
  }

  /** The texts of the open headings, outermost first. An empty heading closes sections but names none. */
  titles(): string[] {
    return this.#open.map((heading) => heading.text).filter((text) => text !== '');
  }
}
