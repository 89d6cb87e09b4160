import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import type { GateResult } from '../../src/core/model/gate-result.js';
import type { Verdict } from '../../src/core/model/verdict.js';
import { LineHits } from '../../src/core/model/line-hits.js';
import {
  bundle,
  checklistItem,
  coverageReport,
  file,
  finding,
  given,
  item,
  missing,
  rulesFrom,
  sastReport,
  trackerReport,
} from '../support/builders.js';

const today = '2026-11-22';
const gate = (verdict: Verdict, id: string): GateResult => {
  const found = verdict.gates.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no gate ${id}`);
  return found;
};

describe('verdict', () => {
  const rules = rulesFrom(`
gates:
  - id: cov
    coverage: { min: 70 }
  - id: sast
    level: warn
    sast: { severity: high }
readiness:
  go: { min-score: 90 }
`);

  it('is no-go when nothing at all was evaluated, never go', () => {
    const verdict = evaluate(rules, bundle(), { today });
    expect(verdict.gates.map((g) => g.status)).toEqual(['not-applicable', 'not-applicable']);
    expect(verdict.verdict).toBe('no-go');
    expect(verdict.reason).toMatch(/nothing was evaluated/);
    expect(verdict.score).toBe(0);
  });

  it('is no-go when a blocking gate fails, and caps the grade at D', () => {
    const verdict = evaluate(rules, bundle({ coverage: given(coverageReport(file('a.ts', 69, 31))) }), {
      today,
    });
    expect(gate(verdict, 'cov')).toMatchObject({
      status: 'fail',
      measured: '69 %',
      threshold: '≥ 70 %',
      value: 69,
    });
    expect(verdict.verdict).toBe('no-go');
    expect(verdict.reason).toBe('1 blocking gate failed: cov');
    // Score 69 from coverage alone → D (not capped further); a score of 95 would still be capped at D.
    expect(verdict.grade).toBe('D');
    const strong = evaluate(
      rulesFrom('gates: [{ id: s, sast: { severity: low } }]'),
      bundle({ sast: given(sastReport([finding({ severity: 'low' })])) }),
      { today },
    );
    expect(strong.score).toBe(99);
    expect(strong.grade).toBe('D');
  });

  it('is go-with-warnings when only a warn gate fails', () => {
    const verdict = evaluate(
      rules,
      bundle({ coverage: given(coverageReport(file('a.ts', 95, 5))), sast: given(sastReport([finding()])) }),
      { today },
    );
    expect(gate(verdict, 'sast').status).toBe('fail');
    expect(verdict.verdict).toBe('go-with-warnings');
  });

  it('is go-with-warnings when every gate passes but the score is under min-score', () => {
    const verdict = evaluate(rules, bundle({ coverage: given(coverageReport(file('a.ts', 80, 20))) }), {
      today,
    });
    expect(verdict.gates.map((g) => g.status)).toEqual(['pass', 'not-applicable']);
    expect(verdict.score).toBe(80);
    expect(verdict.verdict).toBe('go-with-warnings');
    expect(verdict.reason).toBe('every gate passed, but the readiness score 80 is under 90');
  });

  it('is go when every applicable gate passes and the score is high enough', () => {
    const verdict = evaluate(
      rules,
      bundle({
        coverage: given(coverageReport(file('a.ts', 95, 5))),
        sast: given(sastReport([finding({ severity: 'low' })])),
      }),
      { today },
    );
    expect(verdict.verdict).toBe('go');
    expect(verdict.grade).toBe('A');
  });
});

describe('fail closed', () => {
  const rules = rulesFrom(`
gates:
  - id: cov
    coverage: { min: 10 }
  - id: cov-skip
    if-missing: skip
    coverage: { min: 10 }
`);

  it('fails a gate whose configured input matched nothing, with the reason; skip makes it not applicable', () => {
    const verdict = evaluate(rules, bundle({ coverage: missing('no file matches "coverage/*.xml"') }), {
      today,
    });
    expect(gate(verdict, 'cov')).toMatchObject({
      status: 'fail',
      measured: 'missing',
      summary: 'fails closed: no file matches "coverage/*.xml"',
    });
    expect(gate(verdict, 'cov-skip')).toMatchObject({
      status: 'not-applicable',
      summary: 'skipped: no file matches "coverage/*.xml"',
    });
    expect(verdict.verdict).toBe('no-go');
  });

  it('fails on a report with no coverable lines, never shows 0 % or NaN', () => {
    const verdict = evaluate(rules, bundle({ coverage: given(coverageReport(file('a.ts', 0, 0))) }), {
      today,
    });
    expect(gate(verdict, 'cov')).toMatchObject({
      status: 'fail',
      summary: 'fails closed: the coverage reports have no coverable lines',
    });
    expect(JSON.stringify(verdict)).not.toMatch(/NaN|undefined/);
  });

  it('fails on a report listing no files', () => {
    const verdict = evaluate(rules, bundle({ coverage: given(coverageReport()) }), { today });
    expect(gate(verdict, 'cov').summary).toBe('fails closed: the coverage reports list no files');
  });

  it('fails a branch gate when the reports carry no branch data', () => {
    const verdict = evaluate(
      rulesFrom('gates: [{ id: b, coverage: { metric: branches, min: 50 } }]'),
      bundle({ coverage: given(coverageReport(file('a.ts', 5, 5))) }),
      { today },
    );
    expect(gate(verdict, 'b').summary).toBe('fails closed: the coverage reports carry no branch data');
  });
});

describe('coverage gates', () => {
  const rules = rulesFrom(`
modules:
  core: { paths: ["src/core/**"], critical: true }
  web: { paths: ["src/web/**"] }
gates:
  - id: overall
    coverage: { min: 70 }
  - id: critical
    coverage: { min: 80, modules: critical }
  - id: branches
    coverage: { metric: branches, min: 50 }
  - id: patch
    coverage: { scope: patch, min: 80, min-changed-lines: 2 }
`);
  const report = coverageReport(
    file('src/core/a.ts', 90, 10, new Map([[3, { covered: 1, total: 2 }]])),
    file('src/web/b.ts', 10, 30),
  );

  it('computes totals from lines, lists the weakest files, and measures each critical module', () => {
    const verdict = evaluate(rules, bundle({ coverage: given(report) }), { today });
    expect(gate(verdict, 'overall')).toMatchObject({
      status: 'pass',
      measured: '71.4 %',
      summary: '100 of 140 coverable lines covered',
    });
    expect(gate(verdict, 'critical')).toMatchObject({
      status: 'pass',
      measured: '90 % (lowest)',
      summary: 'core 90 %',
    });
    expect(gate(verdict, 'branches')).toMatchObject({ status: 'pass', measured: '50 %' });
    expect(gate(verdict, 'patch')).toMatchObject({
      status: 'not-applicable',
      summary: 'patch coverage needs a diff (--diff FILE, or a pull request)',
    });
  });

  it('fails a module under its minimum, naming the module and its weakest files', () => {
    const weak = coverageReport(file('src/core/a.ts', 70, 30), file('src/web/b.ts', 100, 0));
    const verdict = evaluate(rules, bundle({ coverage: given(weak) }), { today });
    const critical = gate(verdict, 'critical');
    expect(critical.status).toBe('fail');
    expect(critical.evidence[0]).toEqual({ label: 'module core', why: '70 % < 80 %' });
    expect(critical.evidence[1]).toMatchObject({
      label: 'src/core/a.ts',
      why: '30 uncovered lines (70 % of 100 covered)',
    });
    expect(critical.action).toBe('Raise coverage of module core to 80 %.');
  });

  it('fails a module whose paths match no file of the report', () => {
    const verdict = evaluate(rules, bundle({ coverage: given(coverageReport(file('lib/x.ts', 1, 0))) }), {
      today,
    });
    expect(gate(verdict, 'critical').evidence[0]).toEqual({
      label: 'module core',
      why: 'no coverable lines in files matching src/core/**',
    });
  });

  it('measures patch coverage on the changed coverable lines, matching paths relative to another root', () => {
    const diff = new Map([
      ['repo/src/web/b.ts', new Set([5, 15, 20, 200])],
      ['docs/readme.md', new Set([1])],
    ]);
    const verdict = evaluate(rules, bundle({ coverage: given(report), diff }), { today });
    expect(gate(verdict, 'patch')).toMatchObject({
      status: 'fail',
      measured: '33.3 %',
      summary: '1 of 3 changed coverable lines covered',
      notes: ['changed files without coverage data: docs/readme.md'],
    });
    expect(gate(verdict, 'patch').evidence).toEqual([
      {
        label: 'repo/src/web/b.ts:15-20',
        path: 'repo/src/web/b.ts',
        line: 15,
        endLine: 20,
        why: '2 changed lines not covered (lines 15–20)',
      },
    ]);
  });

  it('collapses uncovered changed lines into ranges that a covered line splits', () => {
    const lines = new LineHits();
    for (const [line, hits] of [
      [1, 0],
      [2, 0],
      [4, 0],
      [5, 3],
      [6, 0],
    ] as const)
      lines.set(line, hits);
    const coverage = {
      source: 'c.xml',
      format: 'cobertura' as const,
      sourceRoots: [],
      files: [{ path: 'src/a.ts', lines, branches: null }],
    };
    const diff = new Map([['src/a.ts', new Set([1, 2, 3, 4, 5, 6])]]);
    const verdict = evaluate(rules, bundle({ coverage: given(coverage), diff }), { today });
    expect(gate(verdict, 'patch').evidence.map((item) => [item.label, item.why])).toEqual([
      ['src/a.ts:1-4', '3 changed lines not covered (lines 1–4)'],
      ['src/a.ts:6', '1 changed line not covered (line 6)'],
    ]);
  });

  it('reports "not enough changed lines" instead of a percentage', () => {
    const verdict = evaluate(
      rules,
      bundle({ coverage: given(report), diff: new Map([['src/web/b.ts', new Set([1])]]) }),
      { today },
    );
    expect(gate(verdict, 'patch')).toMatchObject({
      status: 'not-applicable',
      summary: 'not enough changed lines: 1 coverable changed (minimum 2)',
    });
  });

  it('never shows a failing value rounded up to its threshold', () => {
    const verdict = evaluate(rules, bundle({ coverage: given(coverageReport(file('a.ts', 6999, 3001))) }), {
      today,
    });
    expect(gate(verdict, 'overall')).toMatchObject({ status: 'fail', measured: '69.9 %' });
  });
});

describe('sast gates', () => {
  const rules = rulesFrom(`
gates:
  - id: no-high
    sast: { severity: high, max: 0 }
  - id: new-high
    sast: { severity: high, scope: new }
  - id: lenient
    sast: { severity: critical, allow-incomplete: true }
waivers:
  - gate: no-high
    match: "js/sql-injection:src/db.ts"
    reason: parameterized by the ORM
    expires: 2026-12-31
  - gate: no-high
    match: "py/*"
    reason: old waiver
    expires: 2026-01-01
  - gate: no-high
    match: "vendor/**"
    reason: third-party code
`);

  it('counts open findings at or above the severity; suppressed and absent ones do not count', () => {
    const findings = [
      finding({ severity: 'critical', path: 'src/x.ts', line: 3 }),
      finding({ severity: 'high' }),
      finding({ severity: 'medium' }),
      finding({ severity: 'critical', suppressed: true }),
      finding({ severity: 'critical', baselineState: 'absent' }),
    ];
    const result = gate(evaluate(rules, bundle({ sast: given(sastReport(findings)) }), { today }), 'no-high');
    expect(result).toMatchObject({
      status: 'fail',
      measured: '2 findings',
      threshold: '≤ 0 high+',
      value: 2,
    });
    expect(result.evidence.map((e) => e.label)).toEqual([
      'CodeQL js/xss src/x.ts:3',
      'CodeQL js/xss src/a.ts:12',
    ]);
    expect(result.evidence[0]).toMatchObject({
      why: 'critical: Cross-site scripting',
      path: 'src/x.ts',
      line: 3,
      severity: 'critical',
    });
  });

  it('applies waivers by rule:path and path glob, and stops applying expired ones', () => {
    const findings = [
      finding({ ruleId: 'js/sql-injection', path: 'src/db.ts' }),
      finding({ ruleId: 'py/sqli', path: 'py/app.py' }),
      finding({ ruleId: 'js/xss', path: 'vendor/lib/x.js' }),
    ];
    const result = gate(evaluate(rules, bundle({ sast: given(sastReport(findings)) }), { today }), 'no-high');
    expect(result.value).toBe(1);
    expect(result.evidence[0]?.label).toBe('CodeQL py/sqli py/app.py:12');
    expect(result.notes).toEqual([
      'waived by "js/sql-injection:src/db.ts" (no owner, until 2026-12-31): 1 finding — parameterized by the ORM',
      'waived by "vendor/**" (no owner, no expiry): 1 finding — third-party code',
      'waiver "py/*" (no owner) expired on 2026-01-01: 1 finding counts again',
    ]);
  });

  it('fails on an incomplete run unless allowed, even with no finding', () => {
    const verdict = evaluate(rules, bundle({ sast: given(sastReport([], false)) }), { today });
    expect(gate(verdict, 'no-high')).toMatchObject({
      status: 'fail',
      summary: '0 open findings high or worse in 1 run; 1 incomplete run',
    });
    expect(gate(verdict, 'no-high').evidence[0]).toEqual({
      label: 'CodeQL run in scan.sarif',
      why: 'incomplete: invocation reported executionSuccessful: false',
    });
    expect(gate(verdict, 'lenient')).toMatchObject({
      status: 'pass',
      notes: ['1 incomplete run accepted by the rules'],
    });
  });

  it('fails when the SAST reports hold no run at all', () => {
    const report = { ...sastReport([]), runs: [] };
    expect(gate(evaluate(rules, bundle({ sast: given(report) }), { today }), 'no-high').summary).toBe(
      'fails closed: the SAST reports hold no scanner run',
    );
  });

  it('scope new: only findings on changed lines when a diff is given; all of them otherwise, said so', () => {
    const findings = [finding({ path: 'src/a.ts', line: 12 }), finding({ path: 'src/b.ts', line: 40 })];
    const withDiff = evaluate(
      rules,
      bundle({ sast: given(sastReport(findings)), diff: new Map([['src/a.ts', new Set([12])]]) }),
      { today },
    );
    expect(gate(withDiff, 'new-high').value).toBe(1);
    const withoutDiff = evaluate(rules, bundle({ sast: given(sastReport(findings)) }), { today });
    expect(gate(withoutDiff, 'new-high')).toMatchObject({
      value: 2,
      notes: ['no base report, diff or baseline: every open finding counts as new'],
    });
  });
});

describe('issues and checklist gates', () => {
  const rules = rulesFrom(`
modules:
  core: { paths: ["src/core/**"], critical: true }
gates:
  - id: p0
    issues: { priority: P0, severity: critical }
  - id: overdue-p1-core
    issues: { priority: P1, overdue: true, modules: critical }
  - id: security-done
    checklist: { section: security, min-done: 100% }
  - id: all-done
    level: warn
    checklist: { min-done: 50 }
`);

  it('counts P0 or critical items; an overdue P1 in a critical module', () => {
    const items = [
      item({ key: 'A-1', priority: 'P0', title: 'Data loss on retry' }),
      item({ key: 'A-2', severity: 'critical', title: 'Auth bypass' }),
      item({ key: 'A-3', priority: 'P0', state: 'closed', status: 'done' }),
      item({ key: 'A-4', priority: 'P1', due: '2026-11-12', module: 'core', title: 'Slow ingestion' }),
      item({ key: 'A-5', priority: 'P1', due: '2026-12-01', module: 'core' }),
      item({ key: 'A-6', priority: 'P2', due: '2026-01-01', labels: ['core'] }),
    ];
    const verdict = evaluate(rules, bundle({ trackers: given(trackerReport(items, 'issues.json')) }), {
      today,
    });
    expect(gate(verdict, 'p0')).toMatchObject({
      status: 'fail',
      value: 2,
      summary: '2 open P0 or critical items among 6',
    });
    expect(gate(verdict, 'p0').evidence.map((e) => e.label)).toEqual([
      'A-1 Data loss on retry',
      'A-2 Auth bypass',
    ]);
    expect(gate(verdict, 'overdue-p1-core').evidence).toEqual([
      { label: 'A-4 Slow ingestion', why: 'open, P1, todo, overdue 10 days, module core', priority: 'P1' },
    ]);
  });

  it('fails closed when no item carries a priority or severity; skip makes it not applicable', () => {
    const items = [checklistItem('Write docs', 'todo', ['Docs'])];
    const verdict = evaluate(rules, bundle({ trackers: given(trackerReport(items)) }), { today });
    expect(gate(verdict, 'p0')).toMatchObject({
      status: 'fail',
      summary: 'fails closed: none of the 1 tracked item has a priority or a severity',
    });
    const recommended = evaluate(
      rulesFrom('extends: recommended'),
      bundle({ trackers: given(trackerReport(items)) }),
      { today },
    );
    expect(gate(recommended, 'no-open-p0').status).toBe('not-applicable');
  });

  it('is not applicable when no module is marked critical, before looking at the items', () => {
    const verdict = evaluate(
      rulesFrom('gates: [{ id: x, issues: { priority: P1, modules: critical } }]'),
      bundle({
        trackers: given(trackerReport([checklistItem('No priority', 'todo', [])])),
      }),
      { today },
    );
    expect(gate(verdict, 'x')).toMatchObject({
      status: 'not-applicable',
      summary: 'no module is marked critical in the rules',
    });
  });

  it('measures checklist completion by section, dropped items excluded', () => {
    const items = [
      checklistItem('TLS everywhere', 'done', ['Readiness', 'Security'], 3),
      checklistItem('Rotate keys', 'todo', ['Readiness', 'Security', 'Keys'], 4),
      checklistItem('Multi-region', 'dropped', ['Readiness', 'Security'], 5),
      checklistItem('Runbook', 'done', ['Readiness', 'Operations'], 8),
    ];
    const verdict = evaluate(rules, bundle({ trackers: given(trackerReport(items)) }), { today });
    expect(gate(verdict, 'security-done')).toMatchObject({
      status: 'fail',
      measured: '50 % done',
      summary: '1 of 2 items done',
    });
    expect(gate(verdict, 'security-done').evidence).toEqual([
      {
        label: 'Rotate keys',
        why: 'todo — Readiness › Security › Keys',
        path: 'READY.md',
        line: 4,
        priority: null,
      },
    ]);
    expect(gate(verdict, 'all-done')).toMatchObject({ status: 'pass', measured: '66.6 % done' });
    expect(verdict.categories.find((c) => c.category === 'checklist')).toMatchObject({
      score: 66,
      basis: '2 of 3 checklist items done',
    });
  });

  it('fails closed on a section with no items', () => {
    const verdict = evaluate(
      rules,
      bundle({ trackers: given(trackerReport([checklistItem('Runbook', 'done', ['Ops'])])) }),
      { today },
    );
    expect(gate(verdict, 'security-done').summary).toBe(
      'fails closed: no checklist item under a heading "security" in READY.md',
    );
  });
});

describe('readiness score', () => {
  it('weights only the categories that have data', () => {
    const rules = rulesFrom(`
gates: [{ id: c, coverage: { min: 1 } }, { id: s, sast: { severity: critical } }]
readiness: { weights: { coverage: 1, security: 3 } }
`);
    const verdict = evaluate(
      rules,
      bundle({
        coverage: given(coverageReport(file('a.ts', 60, 40))),
        sast: given(sastReport([finding({ severity: 'high' }), finding({ severity: 'medium' })])),
      }),
      { today },
    );
    // coverage 60, security 100 - 20 - 5 = 75 → (60·1 + 75·3) / 4 = 71.25
    expect(verdict.categories.map((c) => [c.category, c.score])).toEqual([
      ['coverage', 60],
      ['security', 75],
      ['issues', null],
      ['checklist', null],
    ]);
    expect(verdict.score).toBe(71);
    expect(verdict.grade).toBe('C');
  });
});

describe('coverage path resolution', () => {
  const rules = rulesFrom(`
modules:
  app: { paths: ["src/app/**"], critical: true }
gates:
  - id: overall
    coverage: { min: 10 }
  - id: modules
    coverage: { min: 10, modules: critical }
`);
  const repository = { files: ['src/app/a.ts', 'src/app/b.ts', 'README.md'], goModule: null };

  it('fails coverage gates when most report files match no repository file, with examples and the mapping to add', () => {
    const report = coverageReport(file('/ci/build/app/a.ts', 5, 5), file('/ci/build/app/b.ts', 5, 5));
    const verdict = evaluate(rules, bundle({ coverage: given(report), repository }), { today });
    expect(gate(verdict, 'overall')).toMatchObject({
      status: 'fail',
      summary:
        'fails closed: 2 of 2 report files match no repository file (100 %, more than 50 %), e.g. /ci/build/app/a.ts, /ci/build/app/b.ts; add to inputs.path-mappings: "/ci/build/::src/"',
    });
  });

  it('resolves with the suggested mapping, and merges the resolved files', () => {
    const mapped = rulesFrom(`
inputs: { path-mappings: ["/ci/build/::src/"] }
modules:
  app: { paths: ["src/app/**"], critical: true }
gates: [{ id: modules, coverage: { min: 60, modules: critical } }]
`);
    const report = coverageReport(file('/ci/build/app/a.ts', 5, 5), file('/ci/build/app/b.ts', 10, 0));
    const verdict = evaluate(mapped, bundle({ coverage: given(report), repository }), { today });
    expect(gate(verdict, 'modules')).toMatchObject({ status: 'pass', summary: 'app 75 %' });
  });

  it('notes a few unresolved files, counts them overall, and keeps them out of modules', () => {
    // src/app/ghost.ts matches the module glob but is not a repository file: it must not count in the module.
    const report = coverageReport(
      file('src/app/a.ts', 9, 1),
      file('src/app/b.ts', 9, 1),
      file('src/app/ghost.ts', 0, 80),
    );
    const verdict = evaluate(rules, bundle({ coverage: given(report), repository }), { today });
    expect(gate(verdict, 'overall')).toMatchObject({ status: 'pass', measured: '18 %' });
    expect(gate(verdict, 'overall').notes).toEqual([
      '1 of 3 report files match no repository file and count only in overall totals, e.g. src/app/ghost.ts',
    ]);
    expect(gate(verdict, 'modules')).toMatchObject({ status: 'pass', summary: 'app 90 %' });
  });
});

describe('coverage drop against a base report', () => {
  const rules = rulesFrom(`
gates:
  - id: no-drop
    coverage: { max-drop: 1 }
  - id: both
    coverage: { min: 50, max-drop: 0 }
`);
  const base = coverageReport(file('a.ts', 80, 20), file('b.ts', 50, 50));

  it('is not applicable without a base report', () => {
    const verdict = evaluate(rules, bundle({ coverage: given(coverageReport(file('a.ts', 80, 20))) }), {
      today,
    });
    expect(gate(verdict, 'no-drop')).toMatchObject({ status: 'not-applicable' });
    expect(gate(verdict, 'both')).toMatchObject({ status: 'pass', measured: '80 %' });
  });

  it('fails when coverage falls more than max-drop points, naming the files that fell most', () => {
    const current = coverageReport(file('a.ts', 70, 30), file('b.ts', 50, 50));
    const verdict = evaluate(rules, bundle({ coverage: given(current), baseCoverage: given(base) }), {
      today,
    });
    expect(gate(verdict, 'no-drop')).toMatchObject({
      status: 'fail',
      measured: '−5.0 pt',
      threshold: 'drop ≤ 1 pt',
      summary: 'line coverage 65 % → 60 % against the base',
      evidence: [{ label: 'a.ts', path: 'a.ts', why: '−10.0 pt (80 % → 70 %)' }],
    });
    expect(gate(verdict, 'both')).toMatchObject({
      status: 'fail',
      measured: '60 % · −5.0 pt',
      threshold: '≥ 50 %, drop ≤ 0 pt',
    });
  });

  it('passes a rise or an unchanged coverage', () => {
    const current = coverageReport(file('a.ts', 90, 10), file('b.ts', 50, 50));
    const verdict = evaluate(rules, bundle({ coverage: given(current), baseCoverage: given(base) }), {
      today,
    });
    expect(gate(verdict, 'no-drop')).toMatchObject({ status: 'pass', measured: '+5.0 pt' });
  });

  it('refuses a check with neither min nor max-drop, and max-drop with modules', () => {
    expect(() => rulesFrom('gates: [{ id: x, coverage: { metric: lines } }]')).toThrow(
      'gate x: a coverage check needs "min" or "max-drop"',
    );
    expect(() =>
      rulesFrom(
        'modules: { m: { paths: [a] } }\ngates: [{ id: x, coverage: { max-drop: 1, modules: [m] } }]',
      ),
    ).toThrow('"max-drop" compares overall coverage');
  });
});

describe('totals-only coverage', () => {
  it('serves overall gates from stated totals but refuses patch coverage, saying why', () => {
    const rules = rulesFrom(`
gates:
  - id: overall
    coverage: { min: 50 }
  - id: patch
    coverage: { scope: patch, min: 80 }
`);
    const summary = {
      ...coverageReport({
        path: 'a.ts',
        lines: new LineHits(),
        branches: null,
        statedTotals: { lines: { covered: 3, total: 4 }, branches: null },
      }),
      source: 'coverage-summary.json',
      totalsOnly: true,
    };
    const verdict = evaluate(
      rules,
      bundle({ coverage: given(summary), diff: new Map([['a.ts', new Set([1])]]) }),
      { today },
    );
    expect(gate(verdict, 'overall')).toMatchObject({ status: 'pass', measured: '75 %' });
    expect(gate(verdict, 'patch')).toMatchObject({
      status: 'fail',
      summary:
        'fails closed: coverage-summary.json: per-file totals only (Istanbul coverage-summary.json); patch coverage needs line records',
    });
  });
});
