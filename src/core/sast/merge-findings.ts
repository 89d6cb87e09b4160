import type { Finding, SastReport } from '../model/finding.js';
import { severityRank } from '../model/severity.js';
import { isOpenFinding } from './summarize-findings.js';

/** One problem, as reported by one or more tools (or by the same run given twice). */
export interface MergedFinding extends Finding {
  /** Every tool that reported it, in report order. */
  tools: string[];
  /** The fingerprints of every report of it: a waiver or a base report naming any of them designates it. */
  fingerprints: string[];
  /** How many reports of it were merged into this one (1 when only one tool saw it). */
  reports: number;
}

/** A finding and the run it came from (report index and run index). */
interface Origin {
  finding: Finding;
  origin: string;
}

const ruleKey = (finding: Finding) => finding.ruleId.toLowerCase();

/** Whether two findings of different reports are the same problem: same place, and a shared CWE or rule id. */
function sameProblem(a: Finding, b: Finding): boolean {
  if (a.fingerprint === b.fingerprint && a.tool === b.tool) return true;
  if (a.path === null || a.line === null || a.path !== b.path || a.line !== b.line) return false;
  return ruleKey(a) === ruleKey(b) || a.cwes.some((cwe) => b.cwes.includes(cwe));
}

/** The report to show for a group: an open one before a suppressed one, then the most severe. */
function representative(members: readonly Finding[]): Finding {
  return [...members].sort(
    (a, b) =>
      Number(isOpenFinding(b)) - Number(isOpenFinding(a)) ||
      severityRank(a.severity) - severityRank(b.severity),
  )[0] as Finding;
}

/**
 * Merges reports of the same problem: the same run given twice (same tool and fingerprint), or several tools
 * reporting one place (same path and start line) for the same rule family (a shared CWE id, or the same rule id).
 * The merged finding takes the most severe open report, names every tool, and stays open while any report of it
 * is open: one tool suppressing what another still flags does not make it go away.
 */
export function mergeFindings(reports: readonly SastReport[]): MergedFinding[] {
  const groups: Origin[][] = [];
  const byPlace = new Map<string, Origin[][]>();
  const byFingerprint = new Map<string, Origin[][]>();
  const add = <K>(map: Map<K, Origin[][]>, key: K, group: Origin[]) => {
    const list = map.get(key) ?? [];
    if (!list.includes(group)) map.set(key, [...list, group]);
  };
  reports.forEach((report, reportIndex) => {
    for (const finding of report.findings) {
      const entry: Origin = { finding, origin: `${reportIndex}\0${finding.run}` };
      const place =
        finding.path !== null && finding.line !== null ? `${finding.path}\0${finding.line}` : null;
      const identity = `${finding.tool}\0${finding.fingerprint}`;
      const candidates = [
        ...(byFingerprint.get(identity) ?? []),
        ...(place ? (byPlace.get(place) ?? []) : []),
      ];
      // Findings of one run are distinct problems, even on one line: only reports from other runs merge in.
      const group = candidates.find(
        (members) =>
          members.every((member) => member.origin !== entry.origin) &&
          members.some((member) => sameProblem(member.finding, finding)),
      );
      const target = group ?? [];
      if (!group) groups.push(target);
      target.push(entry);
      add(byFingerprint, identity, target);
      if (place) add(byPlace, place, target);
    }
  });
  return groups.map((entries) => {
    const members = entries.map((entry) => entry.finding);
    const shown = representative(members);
    return {
      ...shown,
      suppressed: !members.some(isOpenFinding) && members.some((member) => member.suppressed),
      tools: [...new Set([shown.tool, ...members.map((member) => member.tool)])],
      fingerprints: [...new Set(members.map((member) => member.fingerprint))],
      reports: members.length,
    };
  });
}
