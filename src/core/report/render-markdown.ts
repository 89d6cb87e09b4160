import type { GateResult } from '../model/gate-result.js';
import { waivedBy } from '../model/gate-waiver.js';
import { plural } from '../text/plural.js';
import { checklistSections } from './checklist-sections.js';
import { trackerSections } from './tracker-sections.js';
import { describeInputs } from './describe-inputs.js';
import { escapeMarkdown as md, inlineCode } from './escape-markdown.js';
import { outcomeIcon, outcomeLabel, VERDICT_ICON, VERDICT_LABEL } from './labels.js';
import type { ReportInput } from './report-input.js';

const EVIDENCE_PER_GATE = 10;

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]) => [
  row(header),
  row(header.map(() => '---')),
  ...rows.map(row),
];
const place = (item: { path?: string; line?: number }, inTable = false) =>
  item.path ? inlineCode(item.line ? `${item.path}:${item.line}` : item.path, inTable) : '—';

/** Where a waiver was granted: a link when it is a plain https URL, else its description, escaped. */
const grantedIn = (source: string) =>
  /^https:\/\/[^\s<>()\\]+$/.test(source) ? `[granted here](${source})` : `granted in ${md(source)}`;

/** `🛂 **coverage-overall** (block) waived by @alice until 2026-12-31 — why ([granted here](…))`. */
function waiverLine(gate: GateResult): string {
  const waiver = gate.waiver;
  if (!waiver) return '';
  return `${outcomeIcon(gate)} **${md(gate.id)}** (${gate.level}) waived by ${md(waivedBy(waiver))} — ${md(waiver.reason)} (${grantedIn(waiver.source)})`;
}

function gateDetails(gate: GateResult): string[] {
  const lines = [`#### ${outcomeIcon(gate)} ${md(gate.id)} — ${md(gate.summary)}`, ''];
  for (const item of gate.evidence.slice(0, EVIDENCE_PER_GATE)) {
    const where = item.path && !item.label.includes(item.path) ? ` (${place(item)})` : '';
    lines.push(`- ${md(item.label)}${where}: ${md(item.why)}`);
  }
  const more = gate.evidenceTotal - Math.min(gate.evidence.length, EVIDENCE_PER_GATE);
  if (more > 0) lines.push(`- …and ${more} more`);
  for (const note of gate.notes) lines.push(`- note: ${md(note)}`);
  lines.push('');
  return lines;
}

/**
 * The readiness report in GitHub-flavoured markdown: verdict line, gates table (measured vs threshold), waivers
 * (who accepted which failed gate, until when and why), top risks, readiness by category, checklist completion,
 * what to do next, details of failed and waived gates (what failed), and inputs.
 * Every piece of input-derived text is escaped (waiver owners and reasons too); no cell is ever empty.
 */
export function renderMarkdown(input: ReportInput): string {
  const { verdict } = input;
  const out: string[] = [];
  out.push(
    `## ${VERDICT_ICON[verdict.verdict]} gonogo: ${VERDICT_LABEL[verdict.verdict]} — readiness ${verdict.score}/100 (grade ${verdict.grade})`,
    '',
    `${md(verdict.reason)}.`,
    '',
  );

  out.push('### Gates', '');
  out.push(
    ...table(
      ['Gate', 'Level', 'Result', 'Measured', 'Threshold', 'Details'],
      verdict.gates.map((gate) => [
        md(gate.id),
        gate.level,
        `${outcomeIcon(gate)} ${outcomeLabel(gate)}`,
        md(gate.measured),
        md(gate.threshold),
        md(gate.summary),
      ]),
    ),
    '',
  );

  const waived = verdict.gates.filter((gate) => gate.status === 'waived');
  if (waived.length) {
    out.push('### Waivers', '');
    for (const gate of waived) out.push(`- ${waiverLine(gate)}`);
    out.push('');
  }

  if (verdict.topRisks.length) {
    out.push('### Top risks', '');
    out.push(
      ...table(
        ['#', 'Gate', 'Item', 'Where', 'Why'],
        verdict.topRisks.map((risk, index) => [
          String(index + 1),
          md(risk.gate),
          md(risk.label),
          place(risk, true),
          md(risk.why),
        ]),
      ),
      '',
    );
  }

  if (verdict.trackers) out.push(...trackerSections(verdict.trackers, input.bundle.trackers.reports));

  out.push('### Readiness by category', '');
  out.push(
    ...table(
      ['Category', 'Score', 'Weight', 'Basis'],
      verdict.categories.map((category) => [
        category.category,
        category.score === null ? 'n/a (not counted)' : `${category.score}/100`,
        String(category.weight),
        md(category.basis),
      ]),
    ),
    '',
  );

  const sections = checklistSections(input.bundle.trackers.reports);
  if (sections.length) {
    out.push('### Checklist completion', '');
    out.push(
      ...table(
        ['Checklist', 'Section', 'Done', 'Completion'],
        sections.map((section) => [
          inlineCode(section.file, true),
          md(section.section),
          `${section.done}/${section.total}`,
          `${Math.floor((100 * section.done) / section.total)} %`,
        ]),
      ),
      '',
    );
  }

  const actions = verdict.gates
    .filter((gate) => gate.status === 'fail' && gate.action !== null)
    .sort((a, b) => ['block', 'warn', 'info'].indexOf(a.level) - ['block', 'warn', 'info'].indexOf(b.level));
  out.push('### What to do next', '');
  if (actions.length)
    actions.forEach((gate, index) => out.push(`${index + 1}. **${md(gate.id)}**: ${md(gate.action ?? '')}`));
  else out.push(`Nothing blocks: every applicable gate passed${waived.length ? ' or was waived' : ''}.`);
  const urgent = (verdict.trackers?.open ?? []).filter(
    (item) => item.priority === 'P0' || item.priority === 'P1' || (item.daysOverdue ?? 0) > 0,
  );
  if (urgent.length) {
    out.push('', 'Highest-risk open items to resolve or re-plan:', '');
    urgent.slice(0, 5).forEach((item, index) => {
      const due = item.daysOverdue
        ? `, ${item.daysOverdue} days overdue`
        : item.due
          ? `, due ${item.due}`
          : '';
      out.push(
        `${index + 1}. ${md(item.key)} ${md(item.title)} (${item.priority ?? 'no priority'}${due}, risk ${item.risk ?? 0})`,
      );
    });
  }
  out.push('');

  const failed = verdict.gates.filter((gate) => gate.status === 'fail');
  if (failed.length) {
    out.push('### Failed gates in detail', '');
    for (const gate of failed) out.push(...gateDetails(gate));
  }
  if (waived.length) {
    out.push('### Waived gates in detail', '');
    for (const gate of waived) out.push(...gateDetails(gate));
  }

  out.push('### Inputs', '');
  for (const line of describeInputs(input.bundle)) out.push(`- ${line.family}: ${md(line.text)}`);
  out.push(`- rules: ${input.rulesSources.map((source) => md(source)).join(' → ')}`);
  for (const note of input.inputNotes ?? []) out.push(`- ${md(note)}`);
  out.push(
    '',
    `<sub>gonogo · evaluated on ${input.today} · ${plural(verdict.gates.length, 'gate')}</sub>`,
    '',
  );
  return out.join('\n');
}
