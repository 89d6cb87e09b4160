import type { TodoOptions } from './todo-options.js';

/** Characters outside ASCII that case-fold onto an ASCII letter, as `/iu` matching sees them. */
const FOLDS_ONTO: Readonly<Record<string, string>> = { k: '\u212a', s: '\u017f' };

/** A character's UTF-8 bytes as a latin1 string: what it looks like in `Buffer#latin1Slice` output. */
const utf8AsLatin1 = (char: string) => Buffer.from(char, 'utf8').toString('latin1');

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive pattern over latin1-decoded bytes, or `null` when a keyword is not ASCII (its case variants
 * differ in byte length, so the bytes cannot be prefiltered).
 */
function caseInsensitivePattern(keywords: readonly string[]): RegExp | null {
  if (keywords.some((word) => /[^\x20-\x7e]/.test(word))) return null;
  const alternatives = keywords.map((word) =>
    [...word]
      .map((char) => {
        const lower = char.toLowerCase();
        if (lower === char.toUpperCase()) return escape(char);
        const fold = FOLDS_ONTO[lower];
        const letters = `[${lower}${char.toUpperCase()}]`;
        return fold ? `(?:${letters}|${utf8AsLatin1(fold)})` : letters;
      })
      .join(''),
  );
  return new RegExp(alternatives.join('|'));
}

type Test = (bytes: Buffer) => boolean;

function testFor(options: TodoOptions): Test {
  if (options.keywords.length === 0) return () => false;
  if (options.caseSensitive) {
    const needles = options.keywords.map((word) => Buffer.from(word, 'utf8'));
    return (bytes) => needles.some((needle) => bytes.indexOf(needle) !== -1);
  }
  const pattern = caseInsensitivePattern(options.keywords);
  if (!pattern) return () => true;
  return (bytes) => pattern.test(bytes.toString('latin1'));
}

const tests = new WeakMap<TodoOptions, Test>();

/**
 * Whether the raw bytes may hold one of the keywords: a substring search, no decoding, for the many files that
 * mention none. Never a false negative (a keyword in the decoded text is in the bytes), often a false positive
 * ("TODOS", a keyword in a string): the lexer has the last word. Case-insensitive options search ASCII letters in
 * either case, and the non-ASCII letters that fold onto them (the Kelvin sign for `k`, long s for `s`); with a
 * non-ASCII keyword and case-insensitive matching this answers `true`.
 */
export function mentionsKeyword(bytes: Uint8Array, options: TodoOptions): boolean {
  let test = tests.get(options);
  if (!test) tests.set(options, (test = testFor(options)));
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return test(buffer);
}
