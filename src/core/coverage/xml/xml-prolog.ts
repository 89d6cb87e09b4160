/** Where the DOCTYPE declaration of a document is, and whether it carries an internal subset (`[...]`). */
export interface DoctypeDeclaration {
  /** Offset of `<!DOCTYPE`. */
  offset: number;
  /** Whether it has an internal subset, the only place entities (billion laughs, external files) can be declared. */
  internalSubset: boolean;
}

/** What precedes the root element: its end offset and the DOCTYPE, if any. */
export interface XmlProlog {
  /** Offset of the first character after the prolog: the root element's `<` in a well-formed document. */
  end: number;
  doctype: DoctypeDeclaration | null;
}

/**
 * Skips whitespace, comments and processing instructions (the XML declaration among them) from `from`.
 * A hand-written scan rather than a regex: nested lazy patterns backtrack badly on hostile input.
 */
export function skipMisc(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    const close = text.startsWith('<?', i) ? '?>' : text.startsWith('<!--', i) ? '-->' : null;
    if (!close) return i;
    const end = text.indexOf(close, i + 2);
    if (end < 0) return text.length;
    i = end + close.length;
  }
}

/** Scans the prolog of an XML document (a leading BOM included) up to its root element. */
export function scanProlog(text: string): XmlProlog {
  let i = skipMisc(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (!text.startsWith('<!DOCTYPE', i)) return { end: i, doctype: null };
  const offset = i;
  let internalSubset = false;
  let subsetClosed = false;
  let quote: string | null = null;
  for (i += '<!DOCTYPE'.length; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[') {
      internalSubset = true;
    } else if (ch === ']') {
      subsetClosed = true;
    } else if (ch === '>' && (!internalSubset || subsetClosed)) {
      break;
    }
  }
  return { end: skipMisc(text, i + 1), doctype: { offset, internalSubset } };
}
