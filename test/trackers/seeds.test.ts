import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { parseTracker } from '../../src/core/trackers/parse-tracker.js';
import {
  expectWellFormed,
  filesIn,
  proseLines,
  read,
  referenceHeadings,
  referenceTasks,
  shared,
  tally,
  undoMojibake,
} from './markdown-reference.js';

const seeds = new URL('seeds/', shared);
const hasSeeds = existsSync(seeds);
if (!hasSeeds) console.info(`seeds: ${seeds.pathname} not found, seed tests skipped`);

const parse = (name: string): TrackerReport => parseTracker(read(seeds, name), `seeds/${name}`);

function itemAt(report: TrackerReport, line: number): TrackedItem {
  const item = report.items.find((candidate) => candidate.source.line === line);
  if (!item) throw new Error(`no item at line ${line} of ${report.source}`);
  return item;
}

const SEED_000 = '000_d67674ef775966a0.txt';
const SEED_001 = '001_282474eb57e9f76a.txt';
const SEED_002 = '002_a253bbde7a105626.txt';
const SEED_003 = '003_e4917ffb260c2d33.txt';
const SEED_004 = '004_cc6e448aaeb7677d.txt';

describe.skipIf(!hasSeeds)('seeds: markdown trackers', () => {
  it('holds the five seeds', () => {
    expect(filesIn(seeds, '.', /\.txt$/)).toEqual([SEED_000, SEED_001, SEED_002, SEED_003, SEED_004]);
  });

  it.each([SEED_000, SEED_001, SEED_002, SEED_003, SEED_004])(
    '%s imports as markdown, every field set',
    (name) => {
      const report = parse(name);
      expect(report.format).toBe('markdown');
      expect(report.items.length).toBeGreaterThan(0);
      expectWellFormed(report);
    },
  );

  it('000: the generated "top open risks" lines are its open items; the report around them is not', () => {
    const text = read(seeds, SEED_000);
    const report = parse(SEED_000);
    const rows = referenceTasks(text, true);
    expect(rows).toHaveLength(10);
    expect(report.items.map((item) => [item.source.line, item.title, item.status, item.state])).toEqual(
      rows.map((row) => [row.line, /^\*\*(.+?)\*\*/.exec(row.text)?.[1], 'todo', 'open']),
    );
    expect(itemAt(report, 14)).toMatchObject({
      title: '[EPIC] Phase 4 — Industrialisation & Gouvernance',
      module: null,
      severity: null,
      due: null,
      priority: null,
      section: ['Phase 4 Backend (v4) – Issues Assessment & MVP+ Readiness', 'Top Open Risks (Heuristic)'],
    });
    // Its blank Module, Sev and Status cells are reported line by line, and so are the boxes written "[]".
    expect(report.warnings).toEqual([
      'seeds/000_d67674ef775966a0.txt:14: empty Module, Sev, Status: left unknown',
      `seeds/000_d67674ef775966a0.txt:14: 10 list item(s) start with "[]" (line ${rows.map((r) => r.line).join(', ')}): read as unchecked task items (GFM writes "[ ]")`,
      ...rows
        .slice(1)
        .map((row) => `seeds/000_d67674ef775966a0.txt:${row.line}: empty Module, Sev, Status: left unknown`),
    ]);
  });

  it('001: every task item, done or not, under its section path', () => {
    const report = parse(SEED_001);
    const text = read(seeds, SEED_001);
    const tasks = referenceTasks(text);
    expect(report.items.map((item) => [item.source.line, item.status])).toEqual(
      tasks.map((task) => [task.line, task.status]),
    );
    expect(tally(report.items.map((item) => item.status))).toEqual({
      done: text.match(/^- \[x\] /gm)?.length,
      todo: text.match(/^- \[ \] /gm)?.length,
    });
    expect(report.items).toHaveLength(71);
    expect(report.warnings).toEqual([]);
    // The file opens with two level-1 headings; the second one ("# Generated: …") replaces the first as the
    // outermost section, as in any outline.
    const title = 'Generated: Sprint 5 — Stabilisation Technique 90 jours';
    expect(itemAt(report, 7)).toMatchObject({
      title: 'Health endpoint (/health) — DB + Redis checks',
      status: 'done',
      state: 'closed',
      parent: null,
      priority: null,
      section: [title, 'Infrastructure', 'FastAPI Backend'],
      source: { file: 'seeds/001_282474eb57e9f76a.txt', line: 7, kind: 'checklist' },
    });
    const bySection = new Map<string, string>();
    for (const item of report.items) {
      const section = item.section.slice(1).join(' › ');
      bySection.set(section, `${bySection.get(section) ?? ''}${item.status === 'done' ? 'x' : '.'}`);
    }
    expect(bySection.get('CI/CD › Tests')).toBe('xxx.');
    expect(bySection.get('CI/CD › Pipeline')).toBe('...');
    expect(bySection.get('Security › Database')).toBe('xxxx');
    expect(bySection.get('Remaining for Sprint 6+')).toBe('.......');
    expect(bySection.size).toBe(16);
  });

  it('002: Mac Roman mojibake repaired; the next-steps table rows are items with their colour priorities', () => {
    const text = undoMojibake(read(seeds, SEED_002), 'macintosh');
    expect(text).toContain('## 4. Prochaines Étapes');
    const report = parse(SEED_002);
    const lines = proseLines(text);
    const header = lines.findIndex(({ content }) => /^\| Domaine \| Action \| Priorité/.test(content));
    const rows = lines
      .slice(header + 2)
      .filter((_, i, all) => all.slice(0, i + 1).every((l) => l.content.startsWith('|')));
    const cells = rows.map(({ line, content }) => ({
      line,
      cells: content.split('|').map((cell) => cell.trim()),
    }));
    const rank: Record<string, string> = { Haute: 'P1', Moyenne: 'P2', Basse: 'P3' };
    expect(report.items.map((item) => [item.source.line, item.title, item.module, item.priority])).toEqual(
      cells.map(({ line, cells: [, domain, action, priority] }) => [
        line,
        action,
        domain?.replace(/\*\*/g, ''),
        rank[/Haute|Moyenne|Basse/.exec(priority ?? '')?.[0] ?? ''],
      ]),
    );
    expect(report.items.map((item) => [item.rawPriority, item.due, item.status])).toEqual([
      ['🔴 Haute', '2025-12-31', 'todo'],
      ['🔴 Haute', '2026-01-31', 'todo'],
      ['🟠 Moyenne', '2026-01-31', 'todo'],
      ['🟢 Basse', '2026-03-31', 'todo'],
    ]);
    expect(report.warnings).toEqual([
      'seeds/002_a253bbde7a105626.txt: text repaired: UTF-8 that had been read as Mac Roman (124 characters restored)',
    ]);
  });

  it('003: its N.M heading items with Priorité and Statut, acceptance criteria as progress', () => {
    const text = undoMojibake(read(seeds, SEED_003), 'macintosh');
    const report = parse(SEED_003);
    const headings = referenceHeadings(text);
    const tasks = referenceTasks(text);
    expect(headings.map((h) => /^(\d+\.\d+) /.exec(h.heading)?.[1])).toHaveLength(29);
    expect(report.items.map((item) => item.source.line)).toEqual(
      [...headings.map((h) => h.line), ...tasks.map((t) => t.line)].sort((a, b) => a - b),
    );
    // Status: the Statut line, else the heading's own marker, else todo; words over emoji ("✅ EN COURS").
    const statusOf = (h: (typeof headings)[number]): string => {
      for (const said of [h.status, h.heading]) {
        if (said?.includes('EN COURS')) return 'in-progress';
        if (said?.includes('COMPL')) return 'done';
      }
      return 'todo';
    };
    const priorityOf = (h: (typeof headings)[number]): string =>
      ({ CRITIQUE: 'P0', HAUTE: 'P1', MOYENNE: 'P2', FAIBLE: 'P3' })[
        /CRITIQUE|HAUTE|MOYENNE|FAIBLE/.exec(h.priority ?? '')?.[0] ?? ''
      ] ?? '?';
    const items = headings.map((h) => itemAt(report, h.line));
    expect(items.map((item) => [item.status, item.priority])).toEqual(
      headings.map((h) => [statusOf(h), priorityOf(h)]),
    );
    expect(tally(items.map((item) => item.status))).toEqual({ done: 18, 'in-progress': 2, todo: 9 });
    // The plan's own summary: 7 critical, 11 high, 7 medium, 4 low tasks.
    expect(tally(items.map((item) => item.priority))).toEqual({ P0: 7, P1: 11, P2: 7, P3: 4 });
    // Acceptance criteria: the bullets after "Critères d'acceptation", ✅ ones done.
    let withCriteria = 0;
    for (const heading of headings) {
      const start = heading.body.findIndex(({ content }) => /^\*\*Crit[èe]res d'acceptation/.test(content));
      if (start < 0) continue;
      withCriteria++;
      const criteria: string[] = [];
      for (const { content } of heading.body.slice(start + 1)) {
        if (content.startsWith('- ')) criteria.push(content);
        else if (content.trim() !== '' && !/^\s/.test(content)) break;
      }
      expect(itemAt(report, heading.line).progress).toEqual({
        done: criteria.filter((line) => line.startsWith('- ✅')).length,
        total: criteria.length,
      });
    }
    expect(withCriteria).toBeGreaterThan(20);
    expect(itemAt(report, 646)).toMatchObject({
      title: '2.4 Compléter validation entrées (Marshmallow)',
      status: 'in-progress',
      priority: 'P1',
      rawPriority: '🟠 HAUTE',
      assignees: ['Backend Team'],
      progress: { done: 2, total: 3 },
      section: [
        '📋 TODO LIST COMPLÈTE — AMÉLIORATION RADICALE BACKEND',
        '🟠 PHASE 2 : HAUTE PRIORITÉ (1-2 mois) — FIABILITÉ & OBSERVABILITÉ',
      ],
    });
    expect(itemAt(report, 1320)).toMatchObject({
      title: '3.1 Augmenter couverture tests à 70%',
      status: 'in-progress',
    });
    // The "Checklist de validation" tasks follow 2.4 as a sibling section: open tasks of phase 2, no parent.
    expect(tally(tasks.map((task) => itemAt(report, task.line).status))).toEqual({ todo: 7 });
    expect(itemAt(report, tasks[0]?.line ?? 0)).toMatchObject({ parent: null, priority: 'P1' });
    expect(report.warnings).toEqual([
      'seeds/003_e4917ffb260c2d33.txt: text repaired: UTF-8 that had been read as Mac Roman (1835 characters restored)',
    ]);
  });

  it('004: 12 numbered priorities, 11 done and 1 partial, CRITICAL 4 / HIGH 4 / MEDIUM 4, follow-ups attached', () => {
    // Read in its Windows-1252 mojibake, as written: `âœ…` is ✅, `Ã‰` is É.
    const text = read(seeds, SEED_004);
    const report = parse(SEED_004);
    const lines = proseLines(text);
    const headingLines = lines.filter(({ content }) => /^#{1,6} /.test(content));
    const numbered = lines.filter(({ content }) => /^### [^\d#]*?\d+\. /.test(content));
    const sectionEnd = (line: number): number => headingLines.find((h) => h.line > line)?.line ?? Infinity;
    const group = (line: number): string =>
      /CRITICAL|HIGH|MEDIUM/.exec(
        headingLines.filter((h) => h.line < line && h.content.startsWith('## ')).at(-1)?.content ?? '',
      )?.[0] ?? '?';
    const expected = numbered.map(({ line }) => {
      const body = lines.filter((l) => l.line > line && l.line < sectionEnd(line));
      const status = body.find((l) => l.content.startsWith('**STATUS:**'))?.content ?? '';
      const own = /HAUTE|MOYENNE/.exec(body.find((l) => /^\*\*Priorit/.test(l.content))?.content ?? '')?.[0];
      const word = own ?? group(line);
      return {
        line,
        status: status.includes('PARTIELLEMENT') ? 'partial' : status.includes('IMPL') ? 'done' : '?',
        priority: { CRITICAL: 'P0', HIGH: 'P1', HAUTE: 'P1', MEDIUM: 'P2', MOYENNE: 'P2' }[word] ?? '?',
        group: group(line),
      };
    });
    expect(expected).toHaveLength(12);
    const items = expected.map(({ line }) => itemAt(report, line));
    expect(items.map((item) => [item.source.line, item.status, item.priority])).toEqual(
      expected.map((e) => [e.line, e.status, e.priority]),
    );
    expect(tally(items.map((item) => item.status))).toEqual({ done: 11, partial: 1 });
    expect(tally(expected.map((e) => e.group))).toEqual({ CRITICAL: 4, HIGH: 4, MEDIUM: 4 });
    expect(tally(items.map((item) => item.priority))).toEqual({ P0: 4, P1: 4, P2: 4 });
    // The file's own score line says the same: "11/12 priorités implémentées (92%) + 1 partiellement".
    const score = /Score Global:\*\* (\d+)\/(\d+)/.exec(text);
    expect([Number(score?.[1]), Number(score?.[2])]).toEqual([11, 12]);
    expect(items.map((item) => item.title.split(' ')[0])).toEqual(expected.map((_, i) => `${i + 1}.`));
    expect(items[11]).toMatchObject({
      title: '12. No Rate Limiting sur /ds-metrics',
      status: 'partial',
      state: 'open',
      rawPriority: 'MEDIUM',
      progress: { done: 4, total: 5 },
    });
    // Every other item is a task: follow-ups (parent: the numbered item whose section holds them) and the action
    // plan's tasks; "- [x] **#8 - …**" refers back to item 8 and is not a new item, nor is "#### ✅ #12 - …".
    const tasks = referenceTasks(text).filter((task) => !/^\*\*#\d+/.test(task.text));
    expect(report.items.map((item) => item.source.line)).toEqual(
      [...numbered.map((n) => n.line), ...tasks.map((t) => t.line)].sort((a, b) => a - b),
    );
    for (const task of tasks) {
      const owner = numbered.filter((n) => n.line < task.line && task.line < sectionEnd(n.line)).at(-1);
      expect(itemAt(report, task.line)).toMatchObject({
        status: task.status,
        parent: owner ? `seeds/${SEED_004}#L${owner.line}` : null,
      });
    }
    expect(
      tasks.filter((task) => numbered.some((n) => n.line < task.line && task.line < sectionEnd(n.line))),
    ).toHaveLength(7);
    expect(itemAt(report, 213)).toMatchObject({
      title: 'Dashboard Grafana (reste à créer)',
      parent: `seeds/${SEED_004}#L195`,
    });
    expect(report.warnings).toEqual([
      'seeds/004_cc6e448aaeb7677d.txt: text repaired: UTF-8 that had been read as Windows-1252 (467 characters restored; 5 could not be recovered and read as U+FFFD)',
    ]);
  });
});
