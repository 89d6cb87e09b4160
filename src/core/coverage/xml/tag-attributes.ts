import { decodeXmlEntities } from './decode-xml-entities.js';

/**
 * Attributes of the start tag being handled, values entity-decoded on demand. The scanner reuses one instance for
 * every tag, so it is valid only during `open`: read what you need there, never keep it.
 */
export interface XmlAttributes {
  get(name: string): string | undefined;
  /**
   * The value as a whole number when it is plain digits (at most 15, so exact), read straight from the buffer
   * without making a string; `NaN` when absent or anything else (callers then look at `get` for the message).
   */
  integer(name: string): number;
}

/**
 * Offsets of the attributes of the current tag in the scanner's buffer: no object, no property-name strings and
 * no value strings are made for attributes nobody reads (that is most of the cost of a large report).
 */
export class TagAttributes implements XmlAttributes {
  buffer = '';
  /** name start, name end, value start, value end — four numbers per attribute. */
  readonly offsets: number[] = [];

  get(name: string): string | undefined {
    const index = this.#find(name);
    if (index === -1) return undefined;
    const raw = this.buffer.slice(this.offsets[index + 2], this.offsets[index + 3]);
    return raw.includes('&') ? decodeXmlEntities(raw) : raw;
  }

  integer(name: string): number {
    const index = this.#find(name);
    if (index === -1) return NaN;
    const { buffer } = this;
    const start = this.offsets[index + 2] as number;
    const end = this.offsets[index + 3] as number;
    if (end === start || end - start > 15) return NaN;
    let value = 0;
    for (let position = start; position < end; position++) {
      const digit = buffer.charCodeAt(position) - 48;
      if (digit < 0 || digit > 9) return NaN;
      value = value * 10 + digit;
    }
    return value;
  }

  /** Index in `offsets` of the attribute called `name`, or -1. */
  #find(name: string): number {
    const { buffer, offsets } = this;
    const first = name.charCodeAt(0);
    for (let index = 0; index < offsets.length; index += 4) {
      const start = offsets[index] as number;
      if (
        (offsets[index + 1] as number) - start === name.length &&
        buffer.charCodeAt(start) === first &&
        buffer.startsWith(name, start)
      ) {
        return index;
      }
    }
    return -1;
  }
}
