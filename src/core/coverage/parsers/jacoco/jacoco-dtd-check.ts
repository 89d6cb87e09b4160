import { InputError } from '../../../errors/input-error.js';
import { locationAt } from '../../../text/location-at.js';
import { scanProlog } from '../../xml/xml-prolog.js';

const DTD_VERSION = /-\/\/JACOCO\/\/DTD Report (\d+)\.(\d+)\/\//i;
/** Enough text after the prolog to tell a root start tag from `<!DOCTYPE` or `<!--` cut short. */
const LOOKAHEAD = 9;
/** A prolog longer than this is not waited for: the scanner judges what follows. */
const MAX_PROLOG = 65_536;

/**
 * Holds back the beginning of a streamed report until its prolog is complete, then checks the DOCTYPE: every
 * JaCoCo release so far writes DTD `Report 1.0` or `1.1` (same element names); another major version is refused by
 * name, before anything else, rather than read with rules that may no longer hold.
 */
export class JacocoDtdCheck {
  #head: string | null = '';

  constructor(private readonly source: string) {}

  /** The text to scan now: `''` while the prolog is incomplete, then the held text, then each chunk as is. */
  pass(chunk: string, final: boolean): string {
    if (this.#head === null) return chunk;
    const head = this.#head + chunk;
    const { end, doctype } = scanProlog(head);
    if (!final && head.length - end < LOOKAHEAD && head.length < MAX_PROLOG) {
      this.#head = head;
      return '';
    }
    this.#head = null;
    const version = doctype ? DTD_VERSION.exec(head.slice(doctype.offset, end)) : null;
    if (doctype && version && version[1] !== '1') {
      throw new InputError(
        this.source,
        `JaCoCo report DTD "Report ${version[1]}.${version[2]}" is not supported (supported: Report 1.x)`,
        locationAt(head, doctype.offset),
      );
    }
    return head;
  }
}
