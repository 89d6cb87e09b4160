import type { XmlAttributes } from '../../xml/tag-attributes.js';
import type { Failure } from './record-failure.js';

/** No source file has ten million lines; a larger number is corrupt data, not a line. */
export const MAX_LINE_NUMBER = 10_000_000;

const DIGITS = /^\d+$/;

/**
 * A count attribute (`mi`, `ci`, `missed`...): a whole number ≥ 0, or `undefined` when absent. JaCoCo only ever
 * writes integers, so a sign, a fraction or an exponent means the file is not what it claims to be.
 */
export function readCount(attributes: XmlAttributes, name: string, fail: Failure): number | undefined {
  const plain = attributes.integer(name);
  if (!Number.isNaN(plain)) return plain;
  const raw = attributes.get(name);
  if (raw === undefined) return undefined;
  const value = DIGITS.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value)) fail(`${name} ${JSON.stringify(raw)} is not a non-negative integer`);
  return value;
}

/** A line number attribute: an integer from 1 to `MAX_LINE_NUMBER`. */
export function readLineNumber(attributes: XmlAttributes, name: string, fail: Failure): number {
  const plain = attributes.integer(name);
  if (plain >= 1 && plain <= MAX_LINE_NUMBER) return plain;
  const raw = attributes.get(name);
  const value = raw !== undefined && DIGITS.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= MAX_LINE_NUMBER)) {
    fail(`line number ${JSON.stringify(raw ?? '')} is not an integer from 1 to ${MAX_LINE_NUMBER}`);
  }
  return value;
}
