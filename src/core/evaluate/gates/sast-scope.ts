import type { ChangedLines } from '../../model/evidence-bundle.js';
import type { MergedFinding } from '../../sast/merge-findings.js';
import type { SastCheck } from '../../rules/rules.js';
import { plural } from '../../text/plural.js';
import type { SastEvidence } from '../gate-context.js';
import { samePath } from '../path-matches.js';

/** The findings a gate's scope keeps, what the report should say about how they were chosen. */
export interface ScopedFindings {
  findings: MergedFinding[];
  notes: string[];
}

const changedFile = (finding: MergedFinding, diff: ChangedLines) =>
  finding.path !== null && [...diff.keys()].some((path) => samePath(path, finding.path as string));

/** On a line the diff adds or changes; a finding on a whole file (no line) when the diff touches the file. */
function onChangedLines(finding: MergedFinding, diff: ChangedLines): boolean {
  if (finding.path === null) return false;
  for (const [path, lines] of diff) {
    if (!samePath(path, finding.path)) continue;
    if (finding.line === null) return true;
    for (let line = finding.line; line <= (finding.endLine ?? finding.line); line++)
      if (lines.has(line)) return true;
  }
  return false;
}

/** Without a place in a repository file, a diff cannot say whether a finding is new: it counts (fail closed). */
const placeUnknown = (finding: MergedFinding) => finding.path === null || finding.resolved === false;

function byDiff(
  findings: readonly MergedFinding[],
  diff: ChangedLines,
  inScope: (finding: MergedFinding, diff: ChangedLines) => boolean,
  unknownCounts: boolean,
): ScopedFindings {
  const unknown = findings.filter(
    (finding) => placeUnknown(finding) && (unknownCounts || finding.path !== null),
  );
  const kept = findings.filter((finding) => !placeUnknown(finding) && inScope(finding, diff));
  const notes = unknown.length
    ? [
        `${plural(unknown.length, 'finding')} without a place in a repository file counted: the diff cannot tell ${unknown.length === 1 ? 'it' : 'them'} apart (give --base-sast to compare with the base scan)`,
      ]
    : [];
  return { findings: [...unknown, ...kept], notes };
}

/**
 * Keeps the findings of a gate's scope. `new`: absent from the base reports when some were given (compared by
 * fingerprint), else on lines the diff adds or changes, else marked new by the reports' `baselineState`; with
 * none of those, every finding counts and the report says so. `changed-files`: in files the diff touches (a
 * finding with no file is in none; one whose path is not a repository file counts). Never fewer findings
 * because something was missing.
 */
export function sastScope(
  findings: readonly MergedFinding[],
  scope: SastCheck['scope'],
  sast: SastEvidence,
  diff: ChangedLines | null,
): ScopedFindings {
  if (scope === 'all') return { findings: [...findings], notes: [] };
  if (scope === 'changed-files') {
    if (!diff)
      return { findings: [...findings], notes: ['no diff given: every finding counts as in a changed file'] };
    return byDiff(findings, diff, changedFile, false);
  }
  const base = sast.baseFingerprints;
  if (base) {
    const fresh = findings.filter((finding) => !finding.fingerprints.some((print) => base.has(print)));
    return {
      findings: fresh,
      notes: [
        `new = absent from the base SAST reports (${plural(findings.length - fresh.length, 'finding')} already there)`,
      ],
    };
  }
  if (diff) return byDiff(findings, diff, onChangedLines, true);
  if (findings.some((finding) => finding.baselineState !== null)) {
    return {
      findings: findings.filter(
        (finding) => finding.baselineState === 'new' || finding.baselineState === null,
      ),
      notes: ['new findings taken from the reports’ baselineState'],
    };
  }
  return {
    findings: [...findings],
    notes: ['no base report, diff or baseline: every open finding counts as new'],
  };
}
