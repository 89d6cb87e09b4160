import type { JsonRecord } from './json-record.js';

/** What `readJsonHead` could read of a JSON text's beginning. */
export interface JsonHead {
  /**
   * The root value. Objects and arrays cut off by the end of the head hold the entries read so far; a key whose
   * value is cut off is there with the value `undefined`.
   */
  value: unknown;
  /** Whether the whole document fitted in the head. */
  complete: boolean;
}

/** Deeper nesting is never needed to recognize a report; reading stops there as if the head ended. */
const MAX_DEPTH = 32;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const LITERALS: readonly (readonly [string, unknown])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/** Thrown when the head ends inside a value: what was read so far stands. */
class EndOfHead {}
/** Thrown when the text is not JSON. */
class NotJson {}

/**
 * Reads the beginning of a JSON document (the first few KB a format detector sees), where the text usually stops
 * in the middle of a value. Returns the values read so far (objects without a prototype, so a key named
 * `__proto__` stays a key), or `null` when the text is not JSON. Detectors can then look at the structure (the
 * keys of the first entry) rather than guess with regular expressions at text that merely mentions a key.
 */
export function readJsonHead(head: string): JsonHead | null {
  const reader = new HeadReader(head);
  let root: unknown;
  let started = false;
  try {
    reader.value(0, (value) => {
      root = value;
      started = true;
    });
    return reader.atEnd() ? { value: root, complete: true } : null;
  } catch (signal) {
    if (signal instanceof EndOfHead) return started ? { value: root, complete: false } : null;
    if (signal instanceof NotJson) return null;
    throw signal;
  }
}

class HeadReader {
  #position = 0;

  constructor(private readonly text: string) {}

  /** Whether only whitespace is left. */
  atEnd(): boolean {
    this.#skipWhitespace();
    return this.#position >= this.text.length;
  }

  /** Reads one value; containers are handed to `assign` before they are filled, so a cut-off one is kept. */
  value(depth: number, assign: (value: unknown) => void): void {
    if (depth > MAX_DEPTH) throw new EndOfHead();
    const char = this.#peek();
    if (char === '{') return this.#object(depth, assign);
    if (char === '[') return this.#array(depth, assign);
    if (char === '"') return assign(this.#string());
    assign(this.#scalar());
  }

  #object(depth: number, assign: (value: unknown) => void): void {
    const record = Object.create(null) as JsonRecord;
    assign(record);
    this.#position++;
    if (this.#peek() === '}') {
      this.#position++;
      return;
    }
    for (;;) {
      if (this.#peek() !== '"') throw new NotJson();
      const key = this.#string();
      // A key whose value the head cuts off is still seen: `undefined` until the value is complete.
      record[key] = undefined;
      this.#expect(':');
      this.value(depth + 1, (value) => {
        record[key] = value;
      });
      if (this.#peek() === ',') this.#position++;
      else return this.#expect('}');
    }
  }

  #array(depth: number, assign: (value: unknown) => void): void {
    const array: unknown[] = [];
    assign(array);
    this.#position++;
    if (this.#peek() === ']') {
      this.#position++;
      return;
    }
    for (;;) {
      this.value(depth + 1, (value) => array.push(value));
      if (this.#peek() === ',') this.#position++;
      else return this.#expect(']');
    }
  }

  #string(): string {
    const start = this.#position;
    let index = start + 1;
    while (index < this.text.length) {
      const char = this.text.charCodeAt(index);
      if (char === 0x5c) index += 2;
      else if (char === 0x22) break;
      else index++;
    }
    if (index >= this.text.length) throw new EndOfHead();
    this.#position = index + 1;
    try {
      return JSON.parse(this.text.slice(start, index + 1)) as string;
    } catch {
      throw new NotJson();
    }
  }

  #scalar(): unknown {
    const rest = this.text.length - this.#position;
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.#position)) {
        this.#position += word.length;
        return value;
      }
      if (rest < word.length && word.startsWith(this.text.slice(this.#position))) throw new EndOfHead();
    }
    NUMBER.lastIndex = this.#position;
    const number = NUMBER.exec(this.text);
    if (!number) throw new NotJson();
    this.#position += number[0].length;
    // A number running up to the end of the head may continue beyond it.
    if (this.#position >= this.text.length) throw new EndOfHead();
    return Number(number[0]);
  }

  /** The next character after whitespace, without taking it. */
  #peek(): string {
    this.#skipWhitespace();
    const char = this.text[this.#position];
    if (char === undefined) throw new EndOfHead();
    return char;
  }

  #expect(char: string): void {
    if (this.#peek() !== char) throw new NotJson();
    this.#position++;
  }

  #skipWhitespace(): void {
    WHITESPACE.lastIndex = this.#position;
    WHITESPACE.exec(this.text);
    this.#position = WHITESPACE.lastIndex;
  }
}
