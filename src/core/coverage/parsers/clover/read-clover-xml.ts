import { InputError } from '../../../errors/input-error.js';
import type { XmlFormat } from '../../xml/read-xml-document.js';
import { readXmlDocument } from '../../xml/read-xml-document.js';
import type { XmlElement } from '../../xml/xml-element.js';
import { childValues } from '../../xml/xml-element.js';

const CLOVER: XmlFormat = {
  name: 'Clover',
  root: 'coverage',
  repeated: new Set(['project', 'package', 'metrics', 'file', 'class', 'line']),
};

/**
 * Checks and parses a Clover document and returns its `<coverage>` root element. A `<coverage>` root without a
 * `<project>` is another format (Cobertura, SonarQube generic coverage) and is refused here too.
 */
export function readCloverXml(xml: string, source: string): XmlElement {
  const root = readXmlDocument(xml, source, CLOVER);
  if (childValues(root, 'project').length === 0) {
    throw new InputError(source, 'not a Clover report: the <coverage> root has no <project> element');
  }
  return root;
}
