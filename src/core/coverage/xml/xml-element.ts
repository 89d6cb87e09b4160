import { XMLParser } from 'fast-xml-parser';

/**
 * One element of the fast-xml-parser DOM. With `attributeNamePrefix: ''` its attributes and child elements share
 * the object's keys; Cobertura never gives an attribute and a child element the same name.
 */
export type XmlElement = Readonly<Record<string, unknown>>;

/** Key under which fast-xml-parser (`captureMetaData`) stores where an element starts in the text. */
const METADATA = XMLParser.getMetaDataSymbol() as unknown as symbol;

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The raw values of the children called `name`: one per element, whether or not the parser made an array. */
export function childValues(parent: XmlElement, name: string): unknown[] {
  const value = parent[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The elements reached by following `path` (element names) down from each of `parents`, in document order.
 * An element with neither attributes nor children (`<lines/>`, or whitespace only) comes out of the parser as a
 * string; it counts as an element with no content.
 */
export function elementsAt(parents: readonly XmlElement[], ...path: string[]): XmlElement[] {
  let level: XmlElement[] = [...parents];
  for (const name of path) {
    level = level.flatMap((parent) =>
      childValues(parent, name).map((child) => (isElement(child) ? child : {})),
    );
  }
  return level;
}

/** An attribute's value, trimmed; `undefined` when absent. */
export function attributeOf(element: XmlElement, name: string): string | undefined {
  const value = element[name];
  return typeof value === 'string' ? value.trim() : undefined;
}

/** The text content of a child value: a plain string, or the `#text` of an element that also has attributes. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isElement(value) && typeof value['#text'] === 'string') return value['#text'];
  return '';
}

/** Offset of the element's `<` in the parsed text, when the parser recorded it. */
export function offsetOf(element: XmlElement): number | undefined {
  const metadata = (element as Record<symbol, unknown>)[METADATA];
  return isElement(metadata) && typeof metadata.startIndex === 'number' ? metadata.startIndex : undefined;
}
