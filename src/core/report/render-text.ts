import { waivedBy } from '../model/gate-waiver.js';
import { outcomeLabel, VERDICT_LABEL } from './labels.js';
import type { ReportInput } from './report-input.js';

const EVIDENCE_PER_GATE = 5;

/** One line of untrusted text for a terminal: control characters (escape sequences included) removed. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim() || '—';

/**
 * The readiness report for a terminal: verdict, one line per gate, evidence of failed gates, who waived a waived
 * gate and why (with what failed), next steps.
 */
export function renderText(input: ReportInput): string {
  const { verdict } = input;
  const out: string[] = [
    `gonogo: ${VERDICT_LABEL[verdict.verdict]} — readiness ${verdict.score}/100 (grade ${verdict.grade})`,
  ];
  out.push(clean(verdict.reason), '');
  const width = Math.max(4, ...verdict.gates.map((gate) => gate.id.length));
  const labelWidth = Math.max(4, ...verdict.gates.map((gate) => outcomeLabel(gate).length));
  for (const gate of verdict.gates) {
    out.push(
      `  ${outcomeLabel(gate).padEnd(labelWidth)}  ${gate.id.padEnd(width)}  ${gate.level.padEnd(5)}  ${clean(gate.measured)} (${clean(gate.threshold)}) — ${clean(gate.summary)}`,
    );
    if (gate.status !== 'fail' && gate.status !== 'waived') continue;
    if (gate.waiver) {
      const { reason, source } = gate.waiver;
      out.push(`          waived by ${clean(waivedBy(gate.waiver))} (${clean(source)}): ${clean(reason)}`);
    }
    for (const item of gate.evidence.slice(0, EVIDENCE_PER_GATE)) {
      const where =
        item.path && !item.label.includes(item.path)
          ? ` [${item.path}${item.line ? `:${item.line}` : ''}]`
          : '';
      out.push(`          - ${clean(item.label)}${clean(where) === '—' ? '' : where}: ${clean(item.why)}`);
    }
    const more = gate.evidenceTotal - Math.min(gate.evidence.length, EVIDENCE_PER_GATE);
    if (more > 0) out.push(`          - …and ${more} more`);
  }
  out.push('', 'Categories:');
  for (const category of verdict.categories) {
    out.push(
      `  ${category.category.padEnd(9)}  ${category.score === null ? 'n/a' : `${category.score}/100`}  ${clean(category.basis)}`,
    );
  }
  const actions = verdict.gates.filter((gate) => gate.status === 'fail' && gate.action);
  if (actions.length) {
    out.push('', 'Next:');
    actions.forEach((gate, index) => out.push(`  ${index + 1}. ${gate.id}: ${clean(gate.action ?? '')}`));
  }
  return `${out.join('\n')}\n`;
}
