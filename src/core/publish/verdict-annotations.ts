import type { GateLevel } from '../model/gate-result.js';
import { priorityRank } from '../model/priority.js';
import { severityRank } from '../model/severity.js';
import type { Verdict } from '../model/verdict.js';
import type { Annotation } from './annotation.js';

const LEVEL: Readonly<Record<GateLevel, Annotation['annotation_level']>> = {
  block: 'failure',
  warn: 'warning',
  info: 'notice',
};
const LEVEL_RANK: Readonly<Record<GateLevel, number>> = { block: 0, warn: 1, info: 2 };

/** GitHub's limit for an annotation message (64 KB); titles are kept short. */
const MAX_MESSAGE = 60_000;
const MAX_TITLE = 250;
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Annotations for the evidence of failed gates that has a place in the code (a repository path and a line):
 * uncovered changed line ranges, SAST findings, checklist lines. Most important first: blocking gates before
 * warnings, then by severity or priority, then in the gate's order. Text goes out as plain text (GitHub does not
 * render annotations as markdown); the caller caps the count and batches the requests. A waived gate gets none: its
 * failure was accepted, and marking its lines as failures in the diff would say otherwise.
 */
export function verdictAnnotations(verdict: Verdict): Annotation[] {
  const entries = verdict.gates
    .filter((gate) => gate.status === 'fail')
    .flatMap((gate) =>
      gate.evidence
        .filter((item) => item.path !== undefined && item.line !== undefined)
        .map((item, order) => ({ gate, item, order })),
    );
  const rank = (item: (typeof entries)[number]['item']) =>
    item.severity ? severityRank(item.severity) : item.priority ? priorityRank(item.priority) : 5;
  return entries
    .sort(
      (a, b) =>
        LEVEL_RANK[a.gate.level] - LEVEL_RANK[b.gate.level] ||
        rank(a.item) - rank(b.item) ||
        a.order - b.order,
    )
    .map(({ gate, item }) => ({
      path: item.path as string,
      start_line: item.line as number,
      end_line: Math.max(item.line as number, item.endLine ?? (item.line as number)),
      annotation_level: LEVEL[gate.level],
      title: cut(`gonogo ${gate.id}: ${item.label}`, MAX_TITLE),
      message: cut(item.why, MAX_MESSAGE),
    }));
}
