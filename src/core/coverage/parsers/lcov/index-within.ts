/** The first `char` in `text[from, to)`, or -1: `indexOf` bounded to one line. */
export function indexWithin(text: string, char: string, from: number, to: number): number {
  const index = text.indexOf(char, from);
  return index >= 0 && index < to ? index : -1;
}
