import type { EvidenceBundle, FamilyInput } from '../model/evidence-bundle.js';
import { plural } from '../text/plural.js';

/** What was read for one input family, or why nothing was. */
export interface InputLine {
  family: string;
  text: string;
}

function describeFamily<T extends { source: string }>(
  name: string,
  input: FamilyInput<T>,
  describe: (report: T) => string,
): InputLine[] {
  if (!input.configured) return [{ family: name, text: 'not configured (its gates do not apply)' }];
  return [
    ...input.reports.map((report) => ({ family: name, text: `${report.source}: ${describe(report)}` })),
    ...input.problems.map((problem) => ({ family: name, text: `missing: ${problem}` })),
  ];
}

/** One line per input read (or missing), family by family. */
export function describeInputs(bundle: EvidenceBundle): InputLine[] {
  return [
    ...describeFamily(
      'coverage',
      bundle.coverage,
      (report) => `${report.format}, ${plural(report.files.length, 'file')}`,
    ),
    ...describeFamily('sast', bundle.sast, (report) => {
      const tools = [...new Set(report.runs.map((run) => run.tool))].join(', ') || 'no scanner run';
      return `${report.format} (${tools}), ${plural(report.findings.length, 'result')}`;
    }),
    ...describeFamily(
      'trackers',
      bundle.trackers,
      (report) => `${report.format}, ${plural(report.items.length, 'item')}`,
    ),
    // Only when a gate asked for a scan: most rules have no todos gate, and their reports say nothing of it.
    ...(bundle.todos.configured
      ? describeFamily(
          'todos',
          bundle.todos,
          (scan) => `${plural(scan.files, 'file')} scanned, ${plural(scan.todos.length, 'TODO')}`,
        )
      : []),
    ...(bundle.diff ? [{ family: 'diff', text: plural(bundle.diff.size, 'changed file') }] : []),
  ];
}
