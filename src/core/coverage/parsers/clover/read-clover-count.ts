import type { XmlElement } from '../../xml/xml-element.js';
import { attributeOf } from '../../xml/xml-element.js';
import type { Failure } from './record-failure.js';

/** No source file has ten million lines; a larger number is corrupt data, not a line. */
export const MAX_LINE_NUMBER = 10_000_000;

const DIGITS = /^\d+$/;

/**
 * A count attribute (`count`, `truecount`, `falsecount`): a whole number ≥ 0, or `undefined` when absent. Every
 * Clover writer (OpenClover, PHPUnit, Istanbul, gcovr) writes integers; anything else is refused, not rounded.
 */
export function readCloverCount(element: XmlElement, name: string, fail: Failure): number | undefined {
  const raw = attributeOf(element, name);
  if (raw === undefined) return undefined;
  const value = DIGITS.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value)) fail(`${name} ${JSON.stringify(raw)} is not a non-negative integer`);
  return value;
}

/** The `num` attribute of a `<line>`: an integer from 1 to `MAX_LINE_NUMBER`. */
export function readCloverLineNumber(element: XmlElement, fail: Failure): number {
  const raw = attributeOf(element, 'num');
  const value = raw !== undefined && DIGITS.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= MAX_LINE_NUMBER)) {
    fail(`line number ${JSON.stringify(raw ?? '')} is not an integer from 1 to ${MAX_LINE_NUMBER}`);
  }
  return value;
}
