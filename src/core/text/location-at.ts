import type { FileLocation } from '../errors/input-error.js';

/** The 1-based line and column of a character offset in `text`. */
export function locationAt(text: string, offset: number): FileLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
