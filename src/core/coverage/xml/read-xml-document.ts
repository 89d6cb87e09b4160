import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getErrorMessage } from '../../errors/get-error-message.js';
import { InputError } from '../../errors/input-error.js';
import { locationAt } from '../../text/location-at.js';
import type { XmlElement } from './xml-element.js';
import { scanProlog } from './xml-prolog.js';

/** How to read one XML report format. */
export interface XmlFormat {
  /** Name used in messages: `Cobertura`, `JaCoCo`. */
  name: string;
  /** The expected root element. */
  root: string;
  /** Elements that may repeat: always arrays, so one child reads like several. */
  repeated: ReadonlySet<string>;
}

const parsers = new Map<XmlFormat, XMLParser>();

function parserFor(format: XmlFormat): XMLParser {
  let parser = parsers.get(format);
  if (!parser) {
    parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      // Values stay strings: numbers are checked by hand, and a path named `2024` stays a path.
      parseAttributeValue: false,
      parseTagValue: false,
      // Never expand entities, whatever a DOCTYPE declares (billion laughs); predefined ones are decoded where used.
      processEntities: false,
      captureMetaData: true,
      isArray: (name, _path, _leaf, isAttribute) => !isAttribute && format.repeated.has(name),
    });
    parsers.set(format, parser);
  }
  return parser;
}

/**
 * Checks and parses an XML report (BOM already stripped) and returns its root element. Throws `InputError` with
 * line and column for malformed XML, and refuses a DOCTYPE internal subset: real reports only reference an
 * external DTD, and entity declarations are how XML bombs and file reads start.
 */
export function readXmlDocument(xml: string, source: string, format: XmlFormat): XmlElement {
  const { doctype } = scanProlog(xml);
  if (doctype?.internalSubset) {
    throw new InputError(
      source,
      'the DOCTYPE declares an internal subset (entities); gonogo never expands XML entities',
      locationAt(xml, doctype.offset),
    );
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new InputError(source, `malformed XML: ${msg}`, { line, column: col });
  }
  let document: unknown;
  try {
    document = parserFor(format).parse(xml);
  } catch (error) {
    throw new InputError(source, `malformed XML: ${getErrorMessage(error)}`);
  }
  const root = (document as Record<string, unknown>)[format.root];
  if (root === undefined) {
    throw new InputError(source, `not a ${format.name} report: the root element is not <${format.root}>`);
  }
  // `<root/>` parses to an empty string: an empty report.
  return typeof root === 'object' && root !== null && !Array.isArray(root) ? (root as XmlElement) : {};
}
