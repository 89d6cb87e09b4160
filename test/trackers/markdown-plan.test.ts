import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrackedItem, TrackerReport } from '../../src/core/model/tracked-item.js';
import { markdownTasksParser } from '../../src/core/trackers/parsers/markdown-tasks-parser.js';

const fixtures = new URL('../fixtures/trackers/markdown/', import.meta.url);

const parseFixture = (name: string): TrackerReport =>
  markdownTasksParser.parse(readFileSync(new URL(name, fixtures), 'utf8'), name);

/** What a release manager reads of each item: line, status, priority and title. */
const rows = (report: TrackerReport): [number | null, string, string | null, string][] =>
  report.items.map((item) => [item.source.line, item.status, item.priority, item.title]);

function itemAt(report: TrackerReport, line: number): TrackedItem {
  const item = report.items.find((candidate) => candidate.source.line === line);
  if (!item) throw new Error(`no item at line ${line} of ${report.source}`);
  return item;
}

describe('markdown plans: numbered heading items', () => {
  const report = parseFixture('plan-numbered-headings.md');

  it('reads each numbered heading with a status once, with its follow-up tasks, and nothing in code', () => {
    expect(rows(report)).toEqual([
      [7, 'done', 'P0', '1. Scheduler persistence'],
      [13, 'done', 'P0', '2. Race condition in analyze'],
      [24, 'partial', 'P1', '3. Rate limiting on /metrics'],
      [28, 'todo', 'P1', 'Apply the limiter to /metrics'],
      [29, 'done', 'P1', 'Write the rule'],
      [31, 'done', 'P2', '4. Structured logging'],
      [39, 'todo', 'P1', 'Dashboard for the scheduler'],
    ]);
  });

  it('fills a heading item: key, closed state, section, raw priority, progress of its ✅ bullets, body', () => {
    expect(itemAt(report, 7)).toEqual({
      key: 'plan-numbered-headings.md#L7',
      title: '1. Scheduler persistence',
      url: null,
      state: 'closed',
      status: 'done',
      priority: 'P0',
      severity: null,
      labels: [],
      module: null,
      assignees: [],
      due: null,
      created: null,
      parent: null,
      body: 'STATUS: ✅ IMPLÉMENTÉ Détails:\n✅ Table scheduled_jobs\n✅ Poller every 10s',
      stateReason: null,
      progress: { done: 2, total: 2 },
      rawPriority: 'CRITICAL',
      blocking: false,
      updated: null,
      section: ['Service — suivi des priorités', '🚨 CRITICAL (bloqueurs) - Score: 2/2 ✅'],
      source: { file: 'plan-numbered-headings.md', line: 7, kind: 'checklist' },
    } satisfies TrackedItem);
  });

  it('attaches follow-ups to their heading item and counts tasks and bullets as its progress', () => {
    const partial = itemAt(report, 24);
    expect(partial).toMatchObject({ state: 'open', progress: { done: 1, total: 3 } });
    expect(itemAt(report, 28)).toMatchObject({ parent: partial.key, progress: { done: 1, total: 1 } });
    expect(itemAt(report, 29).parent).toBe(itemAt(report, 28).key);
  });

  it("prefers the item's own Priorité line to its group heading", () => {
    expect(itemAt(report, 31)).toMatchObject({ priority: 'P2', rawPriority: 'MOYENNE' });
  });

  it('reads later #N mentions as the same item and reports the one that disagrees', () => {
    expect(report.items.some((item) => item.title.startsWith('#'))).toBe(false);
    expect(report.warnings).toEqual([
      'plan-numbered-headings.md:43: "#3 - Rate limiting" refers to the item at line 24 as done, but the item is partial: the item\'s own status is kept',
    ]);
  });
});

describe('markdown plans: French status and priority lines', () => {
  const report = parseFixture('plan-french-statuses.md');

  it('reads Statut lines (words over emoji), heading markers, strikethrough, N/A and bloqué', () => {
    expect(rows(report)).toEqual([
      [5, 'done', 'P0', '1.1 Instrumenter la latence'],
      [12, 'in-progress', 'P0', '1.2 Valider les variables'],
      [29, 'in-progress', 'P2', '2.1 Couverture à 70 %'],
      [34, 'todo', 'P2', '2.2 Purge RGPD'],
      [40, 'blocked', 'P2', '2.3 Migration Vault'],
      [45, 'dropped', 'P2', '2.4 Profilage mémoire'],
      [50, 'dropped', 'P2', '2.5 Reverse proxy'],
      [55, 'todo', 'P2', '2.6 Linter dead code'],
      [60, 'todo', null, '2.7 Runbook'],
    ]);
    expect(report.items.map((item) => item.state)).toEqual([
      'closed',
      'open',
      'open',
      'open',
      'open',
      'closed',
      'closed',
      'open',
      'open',
    ]);
  });

  it('reads owners and due dates, the date as written in its own offset', () => {
    expect(itemAt(report, 5)).toMatchObject({
      assignees: ['Backend Lead', 'SRE'],
      due: '2025-02-03',
      rawPriority: '🔴 CRITIQUE',
    });
    // Non-breaking spaces before the colons (French typography), a month as the deadline: its last day.
    expect(itemAt(report, 34)).toMatchObject({ assignees: ['DPO'], due: '2025-12-31' });
  });

  it('counts the acceptance criteria, marked or not, as the progress of their heading item', () => {
    expect(itemAt(report, 12).progress).toEqual({ done: 1, total: 3 });
    expect(itemAt(report, 5).progress).toBeNull();
  });

  it('keeps items with an unknown status, priority or date, unknown, with a warning naming the line and word', () => {
    expect(itemAt(report, 60)).toMatchObject({
      priority: null,
      rawPriority: 'quand on aura le temps',
      due: null,
    });
    expect(report.warnings).toEqual([
      'plan-french-statuses.md:58: unknown status "Peut-être" for "2.6 Linter dead code": read as todo',
      'plan-french-statuses.md:62: unknown priority "quand on aura le temps" for "2.7 Runbook": priority unknown',
      'plan-french-statuses.md:63: Échéance "la semaine prochaine" is not a date gonogo reads: due date unknown',
    ]);
  });
});

describe('markdown plans: priority from enclosing headings', () => {
  const report = parseFixture('plan-priority-headings.md');

  it('takes capitals, colours and "priority" words, not ordinary words that look like priorities', () => {
    expect(report.items.map((item) => [item.title, item.priority, item.rawPriority])).toEqual([
      ['Rotate the JWT secret', 'P0', '🔴 CRITIQUE'],
      ['Second replica', null, null],
      ['Document the socket layer', null, null],
      ['Dashboard', 'P1', 'HIGH'],
      ['CORS restricted', 'P0', '🔴 Critique'],
      ['Backups', 'P1', '🟠 Important'],
      ['Rename the CLI flags', null, null],
      ['Cache warm-up', 'P1', 'P1'],
      ['Nice-to-have', null, 'whenever'],
    ]);
    expect(itemAt(report, 33).assignees).toEqual(['alice']);
    expect(report.warnings).toEqual([
      'plan-priority-headings.md:34: unknown priority "whenever": priority unknown',
    ]);
  });

  it('ranks words within the document: a Blocker/Critical/Major plan makes Critical a P1', () => {
    const text = '## BLOCKER\n\n- [ ] a\n\n## Critical priority\n\n- [ ] b\n\n## Major priority\n\n- [ ] c\n';
    const ranked = markdownTasksParser.parse(text, 'jira-words.md');
    expect(ranked.items.map((item) => item.priority)).toEqual(['P0', 'P1', 'P2']);
  });
});

describe('markdown plans: tracker tables', () => {
  const report = parseFixture('plan-tracker-table.md');

  it('reads rows of a table with an Action and a Priorité/Statut column, not progress tables', () => {
    expect(
      report.items.map((item) => [item.title, item.status, item.priority, item.due, item.module]),
    ).toEqual([
      ['Semantic search engine', 'in-progress', 'P1', '2025-12-31', 'Retrieval'],
      ['Connect the orchestrator', 'todo', 'P1', '2026-01-15', 'LLM'],
      ['Move PDF rendering to Celery', 'done', 'P2', '2026-03-31', 'Infra'],
      ['Grafana and OpenTelemetry', 'todo', 'P3', null, 'Monitoring'],
    ]);
    expect(report.items[0]).toMatchObject({
      rawPriority: '🔴 Haute',
      assignees: ['alice'],
      section: ['Phase 3 — next steps', 'Prochaines étapes'],
      source: { line: 14 },
    });
  });

  it('warns about unknown cells and rows without a task, naming the line', () => {
    expect(report.warnings).toEqual([
      'plan-tracker-table.md:17: unknown status "Someday": read as todo',
      'plan-tracker-table.md:17: Échéance "bientôt" is not a date gonogo reads: due date unknown',
      'plan-tracker-table.md:18: table row without Action: not read as an item',
    ]);
  });
});

describe('markdown plans: generated issue lists', () => {
  const report = parseFixture('plan-generated-risks.md');

  it('reads "- []" lines as open tasks and their "| Name: value" fields', () => {
    expect(
      report.items.map((item) => [item.title, item.status, item.module, item.severity, item.due, item.state]),
    ).toEqual([
      ['[EPIC] Phase 4 — Industrialisation', 'todo', null, null, null, 'open'],
      ['Sécurité — Vault branché', 'in-progress', 'security', 'high', '2025-11-01', 'open'],
      ['Quotas per tenant', 'todo', 'billing', 'high', null, 'open'],
    ]);
  });

  it('reports the malformed boxes, the empty fields and the date it cannot read', () => {
    expect(report.warnings).toEqual([
      'plan-generated-risks.md:5: empty Module, Sev, Status: left unknown',
      'plan-generated-risks.md:5: 3 list item(s) start with "[]" (line 5, 6, 7): read as unchecked task items (GFM writes "[ ]")',
      'plan-generated-risks.md:7: Due "21/10/2025" is not a date gonogo reads: due date unknown',
    ]);
  });
});

describe('markdown plans: task markers', () => {
  const report = parseFixture('plan-task-markers.md');

  it('reads leading emoji of open tasks, N/A, struck children, and counts children as progress', () => {
    expect(report.items.map((item) => [item.source.line, item.status, item.progress])).toEqual([
      [5, 'in-progress', null],
      [6, 'partial', null],
      [7, 'blocked', null],
      [8, 'dropped', null],
      [9, 'todo', null],
      [10, 'done', { done: 1, total: 2 }],
      [11, 'done', null],
      [12, 'todo', null],
      [13, 'dropped', null],
      [14, 'done', { done: 1, total: 2 }],
    ]);
    expect(itemAt(report, 14).body).toBe('✅ Endpoint created\n⚠️ Tests partial\nPlain note');
  });
});

describe('markdown plans: mojibake', () => {
  const source = readFileSync(new URL('plan-mojibake-source.md', fixtures), 'utf8');
  const expected = markdownTasksParser.parse(source, 'plan.md');

  it.each([
    ['plan-mojibake-mac-roman.md', 'Mac Roman', 0],
    ['plan-mojibake-windows-1252.md', 'Windows-1252', 1],
  ])('%s: repaired before reading, the repair reported', (name, charset, lost) => {
    const report = parseFixture(name);
    expect(rows(report)).toEqual(rows(expected));
    expect(rows(report)).toEqual([
      [5, 'done', 'P1', '1. Journalisation structurée'],
      [7, 'todo', 'P1', 'Créer le tableau de bord'],
      [9, 'partial', 'P1', '2. Limitation de débit'],
      [14, 'in-progress', 'P2', '3. Couverture de tests'],
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(
      new RegExp(`^${name}: text repaired: UTF-8 that had been read as ${charset} \\(`),
    );
    expect(report.warnings[0]?.includes('could not be recovered')).toBe(lost > 0);
  });

  it('leaves correct text alone and reports nothing', () => {
    expect(expected.warnings).toEqual([]);
  });
});
