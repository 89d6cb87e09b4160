import { InputError } from '../../errors/input-error.js';
import type { CoverageReport } from '../../model/coverage.js';
import { locationAt } from '../../text/location-at.js';
import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser } from '../coverage-parser.js';
import { classLineElements } from './cobertura/class-line-elements.js';
import { decodeXmlEntities } from '../xml/decode-xml-entities.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import { isCoberturaHead } from './cobertura/is-cobertura-head.js';
import { readCoberturaXml } from './cobertura/read-cobertura-xml.js';
import { readLineRecord } from './cobertura/read-line-record.js';
import type { XmlElement } from '../xml/xml-element.js';
import { attributeOf, childValues, elementsAt, offsetOf, textOf } from '../xml/xml-element.js';

/** The `<source>` texts, trimmed, empty ones dropped. */
function sourceRoots(root: XmlElement): string[] {
  return elementsAt([root], 'sources')
    .flatMap((sources) => childValues(sources, 'source'))
    .map((source) => decodeXmlEntities(textOf(source).trim()))
    .filter((text) => text !== '');
}

/** The class's `filename`, backslashes turned into `/`; otherwise as the report states it. */
function classPath(
  classElement: XmlElement,
  xml: string,
  source: string,
): { filename: string; path: string } {
  const filename = decodeXmlEntities(attributeOf(classElement, 'filename') ?? '');
  if (filename === '') {
    const offset = offsetOf(classElement);
    throw new InputError(
      source,
      'a <class> has no filename attribute',
      offset === undefined ? undefined : locationAt(xml, offset),
    );
  }
  return { filename, path: filename.replaceAll('\\', '/') };
}

/**
 * Cobertura XML, as written by Cobertura, coverage.py, gcovr, coverlet, AltCover, istanbul, PHPUnit, tarpaulin,
 * gocover-cobertura and others. Everything comes from the `<line>` records: the header totals (`line-rate`,
 * `lines-covered`...) are never read, since converters often get them wrong or leave them out.
 */
export const coberturaParser: CoverageParser = {
  format: 'cobertura',

  detect: isCoberturaHead,

  parse(text: string, source: string): CoverageReport {
    const xml = stripBom(text);
    const root = readCoberturaXml(xml, source);
    const accumulator = new FileCoverageAccumulator();
    for (const classElement of elementsAt([root], 'packages', 'package', 'classes', 'class')) {
      const { filename, path } = classPath(classElement, xml, source);
      accumulator.file(path);
      for (const line of classLineElements(classElement)) {
        const record = readLineRecord(line, { source, xml, filename });
        accumulator.add(path, record.number, record.hits, record.branch);
      }
    }
    return { source, format: 'cobertura', sourceRoots: sourceRoots(root), files: accumulator.files() };
  },
};
