import type { FileCoverageAccumulator } from '../../file-coverage-accumulator.js';
import { decodeXmlEntities } from '../../xml/decode-xml-entities.js';
import type { XmlElement } from '../../xml/xml-element.js';
import { attributeOf, elementsAt } from '../../xml/xml-element.js';
import { addSourceFile } from './add-source-file.js';
import type { ReportText } from './record-failure.js';
import { recordFailure } from './record-failure.js';

/** What one package contributed. */
export interface PackageFiles {
  element: XmlElement;
  /** The package name, `/`-separated as JaCoCo writes it; `""` for the default package. */
  name: string;
  /** Files read from it: `<sourcefile>` elements and gcovr classes. */
  files: number;
  /** Its JaCoCo `<class>` elements, which carry no per-line data. */
  classes: XmlElement[];
}

const readName = (element: XmlElement, attribute: string): string =>
  decodeXmlEntities(attributeOf(element, attribute) ?? '').replaceAll('\\', '/');

/**
 * Adds the files of one `<package>`: each `<sourcefile>`, at the package name joined with the file name (the
 * name alone in the default package). gcovr writes no `<sourcefile>` but one `<class>` per file, with a
 * `sourcefilename` path and the lines in a `<lines>` child that JaCoCo classes never have: those are files too.
 */
export function addPackageFiles(
  accumulator: FileCoverageAccumulator,
  element: XmlElement,
  report: ReportText,
): PackageFiles {
  const name = readName(element, 'name').replace(/\/+$/, '');
  let files = 0;
  for (const sourcefile of elementsAt([element], 'sourcefile')) {
    const fileName = readName(sourcefile, 'name');
    if (fileName === '') recordFailure(report, sourcefile)(`a <sourcefile> in package "${name}" has no name`);
    const path = name === '' ? fileName : `${name}/${fileName}`;
    const lines = elementsAt([sourcefile], 'line');
    addSourceFile(accumulator, { path, subject: `sourcefile "${path}"`, element: sourcefile, lines }, report);
    files++;
  }
  const classes: XmlElement[] = [];
  for (const classElement of elementsAt([element], 'class')) {
    if (classElement['lines'] === undefined) {
      classes.push(classElement);
      continue;
    }
    const path = readName(classElement, 'sourcefilename');
    if (path === '') recordFailure(report, classElement)('a <class> with <lines> has no sourcefilename');
    const lines = elementsAt([classElement], 'lines', 'line');
    addSourceFile(accumulator, { path, subject: `class "${path}"`, element: classElement, lines }, report);
    files++;
  }
  return { element, name, files, classes };
}
