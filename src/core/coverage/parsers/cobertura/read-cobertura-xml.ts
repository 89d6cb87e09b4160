import type { XmlElement } from '../../xml/xml-element.js';
import { readXmlDocument } from '../../xml/read-xml-document.js';
import type { XmlFormat } from '../../xml/read-xml-document.js';

const COBERTURA: XmlFormat = {
  name: 'Cobertura',
  root: 'coverage',
  repeated: new Set(['package', 'class', 'method', 'line', 'source']),
};

/** Checks and parses a Cobertura document and returns its `<coverage>` root element. */
export function readCoberturaXml(xml: string, source: string): XmlElement {
  return readXmlDocument(xml, source, COBERTURA);
}
