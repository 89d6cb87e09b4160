import type { TrackerReport } from '../model/tracked-item.js';

/** Completion of one checklist section. */
export interface SectionCompletion {
  file: string;
  section: string;
  done: number;
  /** Items that count: dropped items excluded. */
  total: number;
}

/**
 * Completion per top-level section of each checklist file. When every item shares the same first heading (a
 * document title), the next heading level is used instead.
 */
export function checklistSections(reports: readonly TrackerReport[]): SectionCompletion[] {
  const rows: SectionCompletion[] = [];
  for (const report of reports) {
    const items = report.items.filter(
      (item) => item.source.kind === 'checklist' && item.status !== 'dropped',
    );
    if (items.length === 0) continue;
    const first = items[0]?.section[0];
    const depth =
      first !== undefined && items.every((item) => item.section[0] === first && item.section.length > 1)
        ? 1
        : 0;
    const bySection = new Map<string, SectionCompletion>();
    for (const item of items) {
      const section = item.section[depth] ?? '(no section)';
      const row = bySection.get(section) ?? { file: report.source, section, done: 0, total: 0 };
      row.total++;
      if (item.status === 'done') row.done++;
      bySection.set(section, row);
    }
    rows.push(...bySection.values());
  }
  return rows;
}
