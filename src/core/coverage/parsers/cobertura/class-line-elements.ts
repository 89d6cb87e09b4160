import type { XmlElement } from '../../xml/xml-element.js';
import { elementsAt } from '../../xml/xml-element.js';

/**
 * The `<line>` records of one `<class>`: those of its own `<lines>`. A class whose own `<lines>` is missing or
 * empty contributes the lines of its methods instead, since some converters (Swift's among them) write only
 * `<methods><method><lines>`. When both are present the class lines already repeat the method lines.
 */
export function classLineElements(classElement: XmlElement): XmlElement[] {
  const own = elementsAt([classElement], 'lines', 'line');
  return own.length > 0 ? own : elementsAt([classElement], 'methods', 'method', 'lines', 'line');
}
