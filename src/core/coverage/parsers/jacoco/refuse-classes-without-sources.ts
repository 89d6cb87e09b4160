import type { XmlElement } from '../../xml/xml-element.js';
import type { PackageFiles } from './add-package-files.js';
import type { ReportText } from './record-failure.js';
import { recordFailure } from './record-failure.js';
import { readStatedTotals } from './read-stated-totals.js';

/**
 * Refuses a report whose line coverage sits only in `<class>` elements. Classes carry method and class counters
 * but no lines, and their counters cannot be placed in a file: reading on would report 0 files, or drop those
 * classes from the totals, both silent passes. JaCoCo writes `<sourcefile>` elements for every class compiled
 * with source file information.
 */
export function refuseClassesWithoutSources(packages: readonly PackageFiles[], report: ReportText): void {
  const hint = 'no per-line data (generated without source file information?)';
  if (packages.every((pkg) => pkg.files === 0)) {
    const first = packages.find((pkg) => pkg.classes.length > 0)?.classes[0];
    if (!first) return;
    const fail = recordFailure(report, first);
    fail(`the JaCoCo report has <class> elements but no <sourcefile> elements: ${hint}`);
  }
  for (const pkg of packages) {
    if (pkg.files > 0) continue;
    const counted = pkg.classes.find((classElement) => linesOf(classElement, report) > 0);
    if (!counted) continue;
    const fail = recordFailure(report, counted);
    fail(`package "${pkg.name}" has classes with line coverage but no <sourcefile> elements: ${hint}`);
  }
}

function linesOf(classElement: XmlElement, report: ReportText): number {
  return readStatedTotals(classElement, report, 'class')?.lines.total ?? 0;
}
