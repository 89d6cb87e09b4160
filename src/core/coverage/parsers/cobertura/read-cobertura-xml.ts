import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getErrorMessage } from '../../../errors/get-error-message.js';
import { InputError } from '../../../errors/input-error.js';
import { locationAt } from '../../../text/location-at.js';
import type { XmlElement } from './xml-element.js';
import { scanProlog } from './xml-prolog.js';

/** Elements that may repeat: always arrays, so one `<class>` reads like several. */
const REPEATED = new Set(['package', 'class', 'method', 'line', 'source']);

const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Values stay strings: hits and line numbers are checked by hand, and a `<source>` named `2024` stays a path.
  parseAttributeValue: false,
  parseTagValue: false,
  // Never expand entities, whatever a DOCTYPE declares (billion laughs); predefined ones are decoded where used.
  processEntities: false,
  captureMetaData: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

/**
 * Checks and parses a Cobertura document (BOM already stripped) and returns its `<coverage>` root element.
 * Throws `InputError` with line and column for malformed XML, and refuses a DOCTYPE internal subset: real reports
 * only reference the external Cobertura DTD, and entity declarations are how XML bombs and file reads start.
 */
export function readCoberturaXml(xml: string, source: string): XmlElement {
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
    document = PARSER.parse(xml);
  } catch (error) {
    throw new InputError(source, `malformed XML: ${getErrorMessage(error)}`);
  }
  const root = (document as Record<string, unknown>).coverage;
  if (root === undefined) {
    throw new InputError(source, 'not a Cobertura report: the root element is not <coverage>');
  }
  // `<coverage/>` parses to an empty string: an empty report.
  return typeof root === 'object' && root !== null && !Array.isArray(root) ? (root as XmlElement) : {};
}
