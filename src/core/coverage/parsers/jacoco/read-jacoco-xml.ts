import { InputError } from '../../../errors/input-error.js';
import { locationAt } from '../../../text/location-at.js';
import type { XmlFormat } from '../../xml/read-xml-document.js';
import { readXmlDocument } from '../../xml/read-xml-document.js';
import type { XmlElement } from '../../xml/xml-element.js';
import { scanProlog } from '../../xml/xml-prolog.js';

const JACOCO: XmlFormat = {
  name: 'JaCoCo',
  root: 'report',
  repeated: new Set(['sessioninfo', 'group', 'package', 'class', 'method', 'sourcefile', 'line', 'counter']),
};

const DTD_VERSION = /-\/\/JACOCO\/\/DTD Report (\d+)\.(\d+)\/\//i;

/**
 * Checks and parses a JaCoCo document and returns its `<report>` root element. Every JaCoCo release so far
 * writes DTD `Report 1.0` or `1.1` (same element names); another major version is refused by name rather than
 * read with rules that may no longer hold.
 */
export function readJacocoXml(xml: string, source: string): XmlElement {
  const { doctype, end } = scanProlog(xml);
  const version = doctype ? DTD_VERSION.exec(xml.slice(doctype.offset, end)) : null;
  if (doctype && version && version[1] !== '1') {
    throw new InputError(
      source,
      `JaCoCo report DTD "Report ${version[1]}.${version[2]}" is not supported (supported: Report 1.x)`,
      locationAt(xml, doctype.offset),
    );
  }
  return readXmlDocument(xml, source, JACOCO);
}
