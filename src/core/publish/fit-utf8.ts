import { utf8Length } from './utf8-length.js';

/** The longest start of `text` that fits in `maxBytes` bytes of UTF-8, never cutting inside a character. */
function headOf(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += utf8Length(char);
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * `text` cut to at most `maxBytes` bytes of UTF-8, at a line end when one is near, with `note` on its own line
 * after the cut. GitHub counts the check-run limits in bytes (a summary of 65,535 "characters" is refused at
 * 65,536 bytes), so a text of emoji or CJK must be measured that way.
 */
export function fitUtf8(text: string, maxBytes: number, note: string): string {
  if (utf8Length(text) <= maxBytes) return text;
  const tail = `\n\n${note}`;
  const room = maxBytes - utf8Length(tail);
  if (room <= 0) return headOf(note, maxBytes);
  const head = headOf(text, room);
  const line = head.lastIndexOf('\n');
  // A line end in the last quarter keeps the text readable; further back, cutting mid-line loses less.
  const cut = line > head.length * 0.75 ? head.slice(0, line) : head;
  return `${cut.trimEnd()}${tail}`;
}
