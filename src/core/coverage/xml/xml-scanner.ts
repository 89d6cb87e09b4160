import type { FileLocation } from '../../errors/input-error.js';
import { InputError } from '../../errors/input-error.js';
import { detachString } from '../../text/detach-string.js';
import { decodeXmlEntities } from './decode-xml-entities.js';
import { TagAttributes } from './tag-attributes.js';
import type { XmlAttributes } from './tag-attributes.js';

/** What a streaming reader does with the document. */
export interface XmlHandler {
  open(name: string, attributes: XmlAttributes): void;
  /** Called for every end tag, and right after `open` for a self-closing tag. */
  close(name: string): void;
  /** Text between tags, only while `wantsText()` says so (most readers need none, and slicing it costs). */
  text?(text: string): void;
  wantsText?(): boolean;
}

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** Returned by token readers that need more text than the buffer holds. */
const MORE = -1;

/**
 * An incremental, strict-enough XML tokenizer for large reports: feed it chunks with `write`, then `end`. It
 * checks what matters for trusting a report — tags balanced and properly nested, one root element, quoted
 * attributes, no text outside the root, nothing truncated — and reports violations as `InputError` with line and
 * column. A DOCTYPE internal subset is refused and entities other than the predefined and numeric ones are never
 * expanded, so XML bombs and external entity reads cannot happen. Memory stays at the size of one chunk plus the
 * longest token.
 */
export class XmlScanner {
  #buffer = '';
  #position = 0;
  /** Lines and the offset of the current line's start, for the text already dropped from the buffer. */
  #droppedLines = 0;
  #droppedColumn = 0;
  readonly #stack: string[] = [];
  readonly #attributes = new TagAttributes();
  #rootSeen = false;

  constructor(
    private readonly source: string,
    private readonly handler: XmlHandler,
  ) {}

  /** Consumes a chunk of text. */
  write(chunk: string): void {
    this.#drop();
    this.#buffer += chunk;
    this.#scan(false);
  }

  /** Finishes the document: anything left open or unterminated is an error. */
  end(): void {
    this.#scan(true);
    if (this.#position < this.#buffer.length)
      this.#fail('unexpected end of file inside a tag', this.#position);
    if (this.#stack.length > 0) {
      this.#fail(`unexpected end of file: <${this.#stack.at(-1)}> is not closed`, this.#buffer.length);
    }
    if (!this.#rootSeen) this.#fail('no root element', this.#buffer.length);
  }

  /** Where an offset of the current buffer is in the whole document. */
  locate(offset: number): { line: number; column: number } {
    const buffer = this.#buffer;
    const end = Math.min(offset, buffer.length);
    let line = this.#droppedLines;
    let lineStart = -1;
    for (
      let newline = buffer.indexOf('\n');
      newline !== -1 && newline < end;
      newline = buffer.indexOf('\n', newline + 1)
    ) {
      line++;
      lineStart = newline;
    }
    const column = lineStart === -1 ? this.#droppedColumn + end : end - lineStart - 1;
    return { line: line + 1, column: column + 1 };
  }

  /** Where the token being handled starts (for readers' own error messages). */
  here(): FileLocation {
    return this.locate(this.#tokenStart);
  }

  #tokenStart = 0;

  #fail(reason: string, offset: number): never {
    throw new InputError(this.source, `malformed XML: ${reason}`, this.locate(offset));
  }

  /** Forgets the consumed part of the buffer, keeping line and column counts. */
  #drop(): void {
    if (this.#position === 0) return;
    const { line, column } = this.locate(this.#position);
    this.#droppedLines = line - 1;
    this.#droppedColumn = column - 1;
    this.#buffer = this.#buffer.slice(this.#position);
    this.#position = 0;
  }

  #scan(final: boolean): void {
    const buffer = this.#buffer;
    for (;;) {
      const lt = buffer.indexOf('<', this.#position);
      const textEnd = lt === -1 ? buffer.length : lt;
      if (textEnd > this.#position) {
        if (lt === -1 && !final) return; // the text may go on in the next chunk
        this.#text(this.#position, textEnd);
        this.#position = textEnd;
      }
      if (lt === -1) return;
      this.#tokenStart = lt;
      const next = buffer.charCodeAt(lt + 1);
      const end =
        next === BANG
          ? this.#special(lt, final)
          : next === QUESTION
            ? this.#until(lt, '?>', final, 'processing instruction')
            : next === SLASH
              ? this.#endTag(lt, final)
              : this.#startTag(lt, final);
      if (end === MORE) return;
      this.#position = end;
    }
  }

  #text(from: number, to: number): void {
    const buffer = this.#buffer;
    if (this.#stack.length === 0) {
      for (let index = from; index < to; index++) {
        if (!isSpace(buffer.charCodeAt(index))) this.#fail('text outside the root element', index);
      }
      return;
    }
    if (this.handler.wantsText?.()) this.handler.text?.(decodeXmlEntities(buffer.slice(from, to)));
  }

  /** `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE >`. */
  #special(lt: number, final: boolean): number {
    const buffer = this.#buffer;
    if (buffer.startsWith('<!--', lt)) return this.#until(lt, '-->', final, 'comment');
    if (buffer.startsWith('<![CDATA[', lt)) {
      const end = this.#until(lt, ']]>', final, 'CDATA section');
      if (end !== MORE && this.#stack.length === 0) this.#fail('CDATA outside the root element', lt);
      if (end !== MORE && this.handler.wantsText?.()) this.handler.text?.(buffer.slice(lt + 9, end - 3));
      return end;
    }
    if (buffer.length - lt < 9 && !final) return MORE;
    if (buffer.startsWith('<!DOCTYPE', lt)) {
      if (this.#rootSeen) this.#fail('DOCTYPE after the root element', lt);
      const gt = buffer.indexOf('>', lt);
      const bracket = buffer.indexOf('[', lt);
      if (bracket !== -1 && (gt === -1 || bracket < gt)) {
        // A refusal, not a malformation: real reports only reference an external DTD.
        throw new InputError(
          this.source,
          'the DOCTYPE declares an internal subset (entities); gonogo never expands XML entities',
          this.locate(lt),
        );
      }
      if (gt === -1) return final ? this.#fail('unterminated DOCTYPE', lt) : MORE;
      return gt + 1;
    }
    return this.#fail('unexpected "<!"', lt);
  }

  #until(lt: number, terminator: string, final: boolean, what: string): number {
    const end = this.#buffer.indexOf(terminator, lt + 2);
    if (end === -1) return final ? this.#fail(`unterminated ${what}`, lt) : MORE;
    return end + terminator.length;
  }

  #endTag(lt: number, final: boolean): number {
    const buffer = this.#buffer;
    const gt = buffer.indexOf('>', lt);
    if (gt === -1) return final ? this.#fail('unterminated end tag', lt) : MORE;
    const open = this.#stack.pop();
    // Compare in place: `</open>` possibly with white space before `>`.
    let end = gt;
    while (end > lt + 2 && buffer.charCodeAt(end - 1) <= 32) end--;
    if (open === undefined || end - lt - 2 !== open.length || !buffer.startsWith(open, lt + 2)) {
      const name = buffer.slice(lt + 2, gt).trim();
      if (open === undefined) this.#fail(`end tag </${name}> without a start tag`, lt);
      this.#fail(`end tag </${name}> does not match <${open}>`, lt);
    }
    this.handler.close(open);
    return gt + 1;
  }

  /** Element names repeat (a report has a dozen): known ones are matched in place rather than sliced again. */
  readonly #names: string[] = [];

  #nameAt(start: number, end: number): string {
    const buffer = this.#buffer;
    const length = end - start;
    for (const known of this.#names) {
      if (known.length === length && buffer.startsWith(known, start)) return known;
    }
    const name = detachString(buffer.slice(start, end));
    if (this.#names.length < 64) this.#names.push(name);
    return name;
  }

  #startTag(lt: number, final: boolean): number {
    const buffer = this.#buffer;
    const length = buffer.length;
    let index = lt + 1;
    // Names end at whitespace (any code ≤ 32), "=", ">" or "/"; loops are inlined, this is the hot path.
    for (
      let code = buffer.charCodeAt(index);
      index < length && code > 32 && code !== GT && code !== SLASH && code !== EQUALS;
    ) {
      code = buffer.charCodeAt(++index);
    }
    if (index >= length) return final ? this.#fail('unterminated start tag', lt) : MORE;
    if (index === lt + 1) this.#fail('a "<" that starts no tag', lt);
    const name = this.#nameAt(lt + 1, index);
    const attributes = this.#attributes;
    attributes.buffer = buffer;
    const offsets = attributes.offsets;
    offsets.length = 0;
    for (;;) {
      while (index < length && buffer.charCodeAt(index) <= 32) index++;
      if (index >= length) return final ? this.#fail('unterminated start tag', lt) : MORE;
      const code = buffer.charCodeAt(index);
      if (code === GT || code === SLASH) break;
      const nameStart = index;
      for (let c = code; index < length && c > 32 && c !== EQUALS && c !== GT && c !== SLASH;)
        c = buffer.charCodeAt(++index);
      const nameEnd = index;
      while (index < length && buffer.charCodeAt(index) <= 32) index++;
      if (index >= length) return final ? this.#fail('unterminated start tag', lt) : MORE;
      if (nameEnd === nameStart || buffer.charCodeAt(index) !== EQUALS) {
        this.#fail(
          `attribute ${JSON.stringify(buffer.slice(nameStart, nameEnd))} of <${name}> has no value`,
          nameStart,
        );
      }
      index++;
      while (index < length && buffer.charCodeAt(index) <= 32) index++;
      if (index >= length) return final ? this.#fail('unterminated start tag', lt) : MORE;
      const quote = buffer.charCodeAt(index);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) {
        this.#fail(
          `attribute ${JSON.stringify(buffer.slice(nameStart, nameEnd))} of <${name}> is not quoted`,
          index,
        );
      }
      const close = buffer.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", index + 1);
      if (close === -1) return final ? this.#fail('unterminated attribute value', index) : MORE;
      offsets.push(nameStart, nameEnd, index + 1, close);
      index = close + 1;
    }
    const selfClosing = buffer.charCodeAt(index) === SLASH;
    if (selfClosing) {
      if (index + 1 >= buffer.length) return final ? this.#fail('unterminated start tag', lt) : MORE;
      if (buffer.charCodeAt(index + 1) !== GT) this.#fail(`"/" not followed by ">" in <${name}>`, index);
      index++;
    }
    if (this.#stack.length === 0) {
      if (this.#rootSeen) this.#fail(`a second root element <${name}>`, lt);
      this.#rootSeen = true;
    }
    this.handler.open(name, attributes);
    if (selfClosing) this.handler.close(name);
    else this.#stack.push(name);
    return index + 1;
  }
}
