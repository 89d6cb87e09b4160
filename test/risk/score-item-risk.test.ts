import { describe, expect, it } from 'vitest';
import { classifyDomains } from '../../src/core/risk/classify-domains.js';
import { DEFAULT_SLA_DAYS } from '../../src/core/risk/risk-settings.js';
import { scoreItemRisk } from '../../src/core/risk/score-item-risk.js';
import { summarizeTrackers } from '../../src/core/risk/summarize-trackers.js';
import { item, trackerReport } from '../support/builders.js';

const today = '2026-11-22';
const settings = { slaDays: DEFAULT_SLA_DAYS, criticalModules: ['core'] };
const tracker = { kind: 'tracker' as const, file: 'issues.json', line: null };

describe('scoreItemRisk', () => {
  it('attributes every point to a named reason, in the order they apply', () => {
    const risk = scoreItemRisk(
      item({ priority: 'P1', due: '2026-11-12', module: 'core', labels: ['security'], source: tracker }),
      settings,
      today,
    );
    expect(risk.reasons).toEqual([
      'base:P1(25)',
      'overdue:10d(+8)',
      'module:core(x1.5)',
      'domain:security(+10)',
      'unassigned(+5)',
    ]);
    expect(risk.risk).toBe(Math.round((25 + 8) * 1.5 + 10 + 5));
    expect(risk.daysOverdue).toBe(10);
  });

  it('ranks one overdue P0 in a critical module above ten stale P3s', () => {
    const p0 = scoreItemRisk(
      item({ priority: 'P0', due: '2026-11-20', module: 'core', assignees: ['ana'] }),
      settings,
      today,
    );
    const staleP3s = Array.from({ length: 10 }, (_, index) =>
      scoreItemRisk(
        item({
          key: `OLD-${index}`,
          priority: 'P3',
          created: '2024-01-01',
          source: tracker,
          labels: ['performance'],
        }),
        settings,
        today,
      ),
    );
    for (const stale of staleP3s) expect(p0.risk ?? 0).toBeGreaterThan(stale.risk ?? 0);
    expect(staleP3s[0]?.reasons).toEqual([
      'base:P3(5)',
      'sla-P3:936d(+9)',
      'age:1056d(+10)',
      'domain:performance(+3)',
      'unassigned(+5)',
    ]);
  });

  it('holds an item without a due date to the SLA of its priority', () => {
    const risk = scoreItemRisk(
      item({ priority: 'P1', created: '2026-10-13', assignees: ['bo'] }),
      settings,
      today,
    );
    expect(risk.deadline).toBe('2026-11-12');
    expect(risk.reasons).toEqual(['base:P1(25)', 'sla-P1:10d(+8)', 'age:40d(+1)']);
  });

  it('takes the higher of priority and severity, flags an unknown one, and adds due-soon, blocking and blocked', () => {
    expect(scoreItemRisk(item({ priority: 'P3', severity: 'critical' }), settings, today).reasons[0]).toBe(
      'base:critical(40)',
    );
    expect(scoreItemRisk(item({ assignees: ['x'] }), settings, today).reasons).toEqual(['base:unknown(10)']);
    expect(
      scoreItemRisk(
        item({ priority: 'P2', due: '2026-11-25', blocking: true, status: 'blocked', assignees: ['x'] }),
        settings,
        today,
      ).reasons,
    ).toEqual(['base:P2(12)', 'due-soon:3d(+3)', 'blocking(+15)', 'blocked(+5)']);
  });

  it('gives no risk to done and dropped items, and caps at 100', () => {
    expect(
      scoreItemRisk(item({ state: 'closed', status: 'done', priority: 'P0' }), settings, today).risk,
    ).toBeNull();
    const worst = item({
      priority: 'P0',
      due: '2025-01-01',
      created: '2024-01-01',
      module: 'core',
      labels: ['security', 'release-blocker'],
      blocking: true,
      status: 'blocked',
      source: tracker,
    });
    expect(scoreItemRisk(worst, settings, today).risk).toBe(100);
  });
});

describe('classifyDomains', () => {
  it('reads labels first, then the title, then the body, in English and French, accents or not', () => {
    expect(classifyDomains(item({ labels: ['RGPD'], title: 'Améliorer la latence' }))).toEqual({
      domains: ['compliance'],
      from: 'labels',
    });
    expect(classifyDomains(item({ title: 'Sécurité — Vault branché + rotation clés' })).domains).toEqual([
      'security',
    ]);
    expect(
      classifyDomains(item({ title: 'Multi-tenant & RGPD — isolation, quotas, résidence UE, purge' }))
        .domains,
    ).toEqual(['compliance', 'performance']);
    expect(classifyDomains(item({ title: 'Refactor', body: 'Add Prometheus metrics and alerting' }))).toEqual(
      {
        domains: ['observability'],
        from: 'body',
      },
    );
    expect(classifyDomains(item({ title: 'Update the data model' })).domains).toEqual([]);
  });
});

describe('summarizeTrackers', () => {
  it('counts every item once by priority and status, so rows and columns add up', () => {
    const items = [
      item({ key: 'A', priority: 'P0' }),
      item({ key: 'B', priority: 'P0', status: 'in-progress' }),
      item({ key: 'C', priority: 'P2', state: 'closed', status: 'done' }),
      item({ key: 'D', state: 'closed', status: 'dropped' }),
      item({ key: 'E', status: 'partial' }),
    ];
    const summary = summarizeTrackers([trackerReport(items)], settings, today);
    expect(summary.total).toBe(5);
    expect(summary.counts.P0).toMatchObject({ todo: 1, 'in-progress': 1 });
    expect(summary.counts.unknown).toMatchObject({ dropped: 1, partial: 1 });
    const cells = Object.values(summary.counts).flatMap((row) => Object.values(row));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(5);
    expect(summary.open.map((entry) => entry.key)).toEqual(['A', 'B', 'E']);
    expect(summary.items.map((entry) => entry.key)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('overdue gates', () => {
  it('fail closed when no item has a date to be late against, and hold undated items to their SLA', async () => {
    const { evaluate } = await import('../../src/core/evaluate/evaluate.js');
    const { bundle, given, rulesFrom } = await import('../support/builders.js');
    const rules = rulesFrom('gates:\n  - id: late\n    issues: { priority: P1, overdue: true, max: 0 }\n');
    const undated = [item({ key: 'A', priority: 'P1' })];
    const gate = (items: ReturnType<typeof item>[]) =>
      evaluate(rules, bundle({ trackers: given(trackerReport(items)) }), { today }).gates[0];
    expect(gate(undated)).toMatchObject({ status: 'fail', measured: 'missing' });
    expect(gate(undated)?.summary).toMatch(/none of the 1 tracked item has a due date/);
    const bySla = gate([item({ key: 'B', priority: 'P1', created: '2026-09-01' })]);
    expect(bySla).toMatchObject({ status: 'fail', value: 1 });
    expect(bySla?.notes).toContain('1 item without a due date held to the SLA of its priority');
  });
});
