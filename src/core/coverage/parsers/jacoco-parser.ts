import type { CoverageReport } from '../../model/coverage.js';
import { stripBom } from '../../text/strip-bom.js';
import type { CoverageParser } from '../coverage-parser.js';
import { FileCoverageAccumulator } from '../file-coverage-accumulator.js';
import { addPackageFiles } from './jacoco/add-package-files.js';
import { isJacocoHead } from './jacoco/is-jacoco-head.js';
import { jacocoPackages } from './jacoco/jacoco-packages.js';
import { readJacocoXml } from './jacoco/read-jacoco-xml.js';
import { refuseClassesWithoutSources } from './jacoco/refuse-classes-without-sources.js';

/**
 * JaCoCo XML (DTD Report 1.0 and 1.1; Maven, Gradle and Ant reports, aggregate reports with `<group>`s), and the
 * JaCoCo-shaped reports gcovr writes. Totals come from each source file's `<line>` records; package and report
 * counters are never read.
 */
export const jacocoParser: CoverageParser = {
  format: 'jacoco',

  detect: isJacocoHead,

  parse(text: string, source: string): CoverageReport {
    const xml = stripBom(text);
    const report = { source, xml };
    const root = readJacocoXml(xml, source);
    const accumulator = new FileCoverageAccumulator();
    const packages = jacocoPackages(root).map((element) => addPackageFiles(accumulator, element, report));
    refuseClassesWithoutSources(packages, report);
    return { source, format: 'jacoco', sourceRoots: [], files: accumulator.files() };
  },
};
