import type { XmlElement } from '../../xml/xml-element.js';
import { elementsAt, offsetOf } from '../../xml/xml-element.js';

/**
 * Every `<file>` of the report's `<project>`, in document order, wherever it sits: in a `<package>` (OpenClover,
 * Istanbul, gcovr), in nested packages or directly in the project (PHPUnit, for files without classes), or in
 * packages inside the project's `<metrics>` (older Istanbul writers left that element open). `<testproject>` is
 * not read: it holds the test sources (gcovr fills it with a dummy file), which coverage gates do not measure.
 */
export function cloverFileElements(root: XmlElement): XmlElement[] {
  const files: XmlElement[] = [];
  for (let level = elementsAt([root], 'project'); level.length > 0;) {
    files.push(...elementsAt(level, 'file'));
    level = [...elementsAt(level, 'package'), ...elementsAt(level, 'metrics')];
  }
  return files.sort((a, b) => (offsetOf(a) ?? 0) - (offsetOf(b) ?? 0));
}
