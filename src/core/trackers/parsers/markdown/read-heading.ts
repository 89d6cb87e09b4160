import { STATUS_EMOJI } from './status-vocabulary.js';
import { startsWithStatusWord } from './starts-with-status-word.js';
import { statusOfText, type StatusReading } from './status-of-text.js';

/** What a heading's own text says: its title, its number and its status marker. */
export interface HeadingReading {
  /** The heading without its status marker; a number stays (`5. Missing idempotency`, `1.1 Instrumenter…`). */
  title: string;
  /** `5`, `1.1`, `12`; `null` for an unnumbered heading. */
  number: string | null;
  /** Whether the number is written `#12`, the way summaries refer back to an item. */
  hashed: boolean;
  /** The status its emoji or status word says (`✅ 5. …`, `… ✅ **COMPLÉTÉ**`, `… (partiel)`), or `null`. */
  marker: StatusReading | null;
}

/** Leading status emoji, each with its variation selector and spacing. */
const LEADING = new RegExp(`^(?:(?:${[...STATUS_EMOJI.keys()].join('|')})[\\uFE0E\\uFE0F]?\\s*)+`, 'u');
/** `5. `, `1.1 `, `#12 - `, `3) `, `2: ` at the start of a title; at most three digits, so years are not numbers. */
const NUMBER = /^(#)?(\d{1,3}(?:\.\d{1,3})*)(?:[.)]|\s*[-–—:])?\s+(?=\S)/u;
/** A short status word after the title: `(partiel)`, `[DONE]`, `— terminé`. */
const TRAILING_WORDS = [/\s*[([]([^()[\]]{1,30})[)\]]\s*$/u, /\s+[-–—:]\s+([^-–—:()[\]]{1,30})$/u];

/** The trailing marker: from the last status emoji when only a few words follow it (`✅ EN COURS`). */
function trailingEmoji(text: string): number | null {
  let last: number | null = null;
  for (let i = 0; i < text.length;) {
    const point = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(point);
    if (STATUS_EMOJI.has(char)) last = i;
    i += char.length;
  }
  if (last === null) return null;
  const after = text.slice(last).replace(/^\P{L}[\uFE0E\uFE0F]?/u, '');
  return /^[\s\p{L}'’-]*$/u.test(after) && after.trim().split(/\s+/).length <= 4 ? last : null;
}

/**
 * Reads a heading's plain text: a status emoji before it (`✅ 5. Scheduler`), a number, and a status marker after
 * it (`… ✅ **COMPLÉTÉ**`, `… 🔄 EN COURS`, `… (partiel)`). Other emoji stay in the title.
 */
export function readHeading(text: string): HeadingReading {
  const leading = LEADING.exec(text)?.[0] ?? '';
  let rest = text.slice(leading.length);
  let trailing = '';
  const at = trailingEmoji(rest);
  if (at !== null) {
    trailing = rest.slice(at);
    rest = rest.slice(0, at);
  } else {
    for (const pattern of TRAILING_WORDS) {
      const word = pattern.exec(rest);
      const inner = word?.[1] ?? '';
      if (word && inner.trim().split(/\s+/).length <= 3 && startsWithStatusWord(inner)) {
        trailing = inner;
        rest = rest.slice(0, word.index);
        break;
      }
    }
  }
  const title = rest.trim();
  const number = NUMBER.exec(title.replace(/^[^\p{L}\p{N}#]+/u, ''));
  const markerText = `${leading} ${trailing}`.trim();
  return {
    title,
    number: number?.[2] ?? null,
    hashed: number?.[1] === '#',
    marker: markerText === '' ? null : statusOfText(markerText),
  };
}
