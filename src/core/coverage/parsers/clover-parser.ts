import type { CoverageReport } from '../../model/coverage.js';
import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser } from '../coverage-parser.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import { addCloverFile } from './clover/add-clover-file.js';
import { cloverFileElements } from './clover/clover-file-elements.js';
import { isCloverHead } from './clover/is-clover-head.js';
import { readCloverXml } from './clover/read-clover-xml.js';

/**
 * Clover XML, as written by OpenClover and Atlassian Clover (Java, Groovy), PHPUnit, Istanbul and gcovr. Totals
 * come from each file's `<line>` records; the `<metrics>` elements are never read.
 */
export const cloverParser: CoverageParser = {
  format: 'clover',

  detect: isCloverHead,

  parse(text: string, source: string): CoverageReport {
    const xml = stripBom(text);
    const report = { source, xml };
    const root = readCloverXml(xml, source);
    const accumulator = new FileCoverageAccumulator();
    for (const file of cloverFileElements(root)) addCloverFile(accumulator, file, report);
    return { source, format: 'clover', sourceRoots: [], files: accumulator.files() };
  },
};
