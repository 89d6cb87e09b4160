import type { XmlElement } from '../../xml/xml-element.js';
import { elementsAt, offsetOf } from '../../xml/xml-element.js';

/**
 * Every `<package>` of a report in document order, including those of aggregate reports, where `<group>`
 * elements (one per module, nested at will) hold the packages.
 */
export function jacocoPackages(root: XmlElement): XmlElement[] {
  const packages = elementsAt([root], 'package');
  for (let groups = elementsAt([root], 'group'); groups.length > 0; groups = elementsAt(groups, 'group')) {
    packages.push(...elementsAt(groups, 'package'));
  }
  return packages.sort((a, b) => (offsetOf(a) ?? 0) - (offsetOf(b) ?? 0));
}
