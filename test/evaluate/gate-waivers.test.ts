import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import type { GateResult } from '../../src/core/model/gate-result.js';
import type { GateWaiver } from '../../src/core/model/gate-waiver.js';
import type { Verdict } from '../../src/core/model/verdict.js';
import { verdictAnnotations } from '../../src/core/publish/verdict-annotations.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import { renderText } from '../../src/core/report/render-text.js';
import { toCheckJson } from '../../src/core/report/to-check-json.js';
import { bundle, coverageReport, file, finding, given, rulesFrom, sastReport } from '../support/builders.js';

const today = '2026-11-22';
// 92 % covered: `cov` (block, ≥ 95 %) and `cov-warn` (warn, ≥ 99 %) fail, `cov-low` (≥ 50 %) passes.
const rules = rulesFrom(`
gates:
  - id: cov
    coverage: { min: 95 }
  - id: cov-warn
    level: warn
    coverage: { min: 99 }
  - id: cov-low
    coverage: { min: 50 }
  - id: sast
    sast: { severity: high }
readiness:
  go: { min-score: 0 }
`);
const evidence = bundle({ coverage: given(coverageReport(file('src/a.ts', 92, 8))) });
const waiver = (fields: Partial<GateWaiver> = {}): GateWaiver => ({
  gate: 'cov',
  reason: 'legacy importer, covered by the e2e suite',
  owner: 'alice',
  expires: '2026-12-31',
  grantedAt: '2026-11-22T10:10:00Z',
  source: 'https://github.com/octo-org/shop/pull/7#issuecomment-555001',
  ...fields,
});
const run = (gateWaivers: GateWaiver[], given = evidence) => evaluate(rules, given, { today, gateWaivers });
const gate = (verdict: Verdict, id: string): GateResult => {
  const found = verdict.gates.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no gate ${id}`);
  return found;
};
const reportOf = (verdict: Verdict) => ({ verdict, bundle: evidence, rulesSources: ['rules.yml'], today });

describe('whole-gate waivers: the verdict', () => {
  it('without a waiver the failing blocking gate makes the verdict no-go, its grade capped', () => {
    const verdict = run([]);
    expect(verdict.verdict).toBe('no-go');
    expect(verdict.reason).toBe('1 blocking gate failed: cov');
    expect(verdict.grade).toBe('D');
    expect(verdict.gates.every((result) => result.waiver === null)).toBe(true);
  });

  it('a live waiver turns the failed blocking gate into waived: what failed stays, the warn gate still warns', () => {
    const before = gate(run([]), 'cov');
    const verdict = run([waiver()]);
    const cov = gate(verdict, 'cov');
    expect(cov).toMatchObject({
      status: 'waived',
      measured: '92 %',
      threshold: '≥ 95 %',
      summary: before.summary,
      evidence: before.evidence,
      waiver: {
        owner: 'alice',
        reason: 'legacy importer, covered by the e2e suite',
        expires: '2026-12-31',
        grantedAt: '2026-11-22T10:10:00Z',
        source: 'https://github.com/octo-org/shop/pull/7#issuecomment-555001',
      },
    });
    expect(cov.evidence.length).toBeGreaterThan(0);
    expect(cov.notes.at(-1)).toBe(
      'waived by @alice until 2026-12-31: legacy importer, covered by the e2e suite',
    );
    expect(verdict.verdict).toBe('go-with-warnings');
    expect(verdict.reason).toBe('1 warning gate failed: cov-warn; 1 waived (cov by @alice)');
    // Not capped by the waived gate: 92 % coverage is an A.
    expect(verdict.grade).toBe('A');
    expect(verdict.topRisks.map((risk) => risk.gate)).not.toContain('cov');
    expect(verdict.topRisks.map((risk) => risk.gate)).toContain('cov-warn');
    // Every other gate carries no waiver.
    expect(verdict.gates.filter((result) => result.waiver !== null).map((result) => result.id)).toEqual([
      'cov',
    ]);
  });

  it('waiving every failed gate gives go; waived gates count as evaluated but not as passed', () => {
    const verdict = run([waiver(), waiver({ gate: 'cov-warn', owner: 'bob', expires: null })]);
    expect(verdict.verdict).toBe('go');
    expect(verdict.reason).toBe('1 gate passed, 2 waived (cov by @alice, cov-warn by @bob)');
    expect(verdict.topRisks).toEqual([]);
  });

  it('an expired waiver does not apply: the gate fails and the note says since when', () => {
    const verdict = run([waiver({ expires: '2026-11-21' })]);
    const cov = gate(verdict, 'cov');
    expect(cov.status).toBe('fail');
    expect(cov.waiver).toBeNull();
    expect(cov.notes).toContain('waiver by @alice expired on 2026-11-21: the gate fails again');
    expect(verdict.verdict).toBe('no-go');
    expect(verdict.reason).toBe('1 blocking gate failed: cov');
  });

  it('a waiver applies through its last day', () => {
    expect(gate(run([waiver({ expires: today })]), 'cov').status).toBe('waived');
  });

  it('a waiver for a gate that passed or does not apply changes nothing but a note', () => {
    const verdict = run([waiver({ gate: 'cov-low' }), waiver({ gate: 'sast', owner: 'carol' })]);
    expect(gate(verdict, 'cov-low')).toMatchObject({ status: 'pass', waiver: null });
    expect(gate(verdict, 'cov-low').notes.at(-1)).toBe('waiver by @alice not needed: the gate passed');
    expect(gate(verdict, 'sast')).toMatchObject({ status: 'not-applicable', waiver: null });
    expect(gate(verdict, 'sast').notes.at(-1)).toBe('waiver by @carol not needed: the gate does not apply');
    expect(verdict.verdict).toBe('no-go');
  });

  it('of several waivers for one gate a live one wins, the latest granted', () => {
    const verdict = run([
      waiver({ owner: 'old', grantedAt: '2026-11-01T09:00:00Z', expires: null }),
      waiver({ owner: 'newest-but-expired', grantedAt: '2026-11-20T09:00:00Z', expires: '2026-11-21' }),
      waiver({ owner: 'bob', grantedAt: '2026-11-10T09:00:00+02:00' }),
    ]);
    expect(gate(verdict, 'cov').waiver?.owner).toBe('bob');
  });

  it('a waiver for a gate the rules do not define is ignored', () => {
    expect(run([waiver({ gate: 'no-such-gate' })])).toEqual(run([]));
  });
});

describe('whole-gate waivers: reports', () => {
  it('markdown shows the waived gate, who waived it until when and why, and what failed', () => {
    const markdown = renderMarkdown(reportOf(run([waiver()])));
    expect(markdown).toContain('| cov | block | 🛂 waived | 92 % | ≥ 95 % |');
    expect(markdown).toContain(
      '- 🛂 **cov** (block) waived by @\u200balice until 2026-12-31 — legacy importer, covered by the e2e suite ' +
        '([granted here](https://github.com/octo-org/shop/pull/7#issuecomment-555001))',
    );
    expect(markdown).toMatch(/### Waived gates in detail\n\n#### 🛂 cov — 92 of 100 coverable lines covered/);
    expect(markdown).toContain('- src/a.ts');
    // Not a failure: no next step for it, and it is not among the failed gates.
    expect(markdown).not.toMatch(/\*\*cov\*\*: /);
    expect(markdown).not.toMatch(/### Failed gates in detail[\s\S]*#### ❌ cov /);
  });

  it('markdown escapes the owner, the reason and a source that is not a link', () => {
    const markdown = renderMarkdown(
      reportOf(
        run([
          waiver({
            owner: '@everyone',
            reason: 'see <script>alert(1)</script> | [x](https://evil.example) @org/team',
            source: 'comment 123456 <b>',
          }),
        ]),
      ),
    );
    const line = markdown.split('\n').find((text) => text.startsWith('- 🛂 **cov**'));
    expect(line).toBe(
      '- 🛂 **cov** (block) waived by @\u200beveryone until 2026-12-31 — see &lt;script&gt;alert(1)&lt;/script&gt; ' +
        '\\| \\[x\\](https://evil.example) @\u200borg/team (granted in comment 123456 &lt;b&gt;)',
    );
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/@(everyone|org)/);
  });

  it('text shows the waived gate with the waiver and what failed', () => {
    const text = renderText(reportOf(run([waiver()])));
    expect(text).toContain('1 warning gate failed: cov-warn; 1 waived (cov by @alice)');
    expect(text).toMatch(/^ {2}waived {2}cov {7}block {2}92 % \(≥ 95 %\)/m);
    expect(text).toContain(
      '          waived by @alice until 2026-12-31 (https://github.com/octo-org/shop/pull/7#issuecomment-555001): legacy importer, covered by the e2e suite',
    );
    expect(text).toMatch(/^ {2}pass {4}cov-low/m);
    expect(text).not.toMatch(/^ {2}\d+\. cov:/m);
  });

  it('JSON: a waived gate did not pass, is not a failed gate, and carries its waiver', () => {
    const json = toCheckJson(reportOf(run([waiver()]))) as {
      failedGates: string[];
      waivedGates: string[];
      gates: { id: string; status: string; passed: boolean | null; waiver: unknown }[];
    };
    expect(json.failedGates).toEqual(['cov-warn']);
    expect(json.waivedGates).toEqual(['cov']);
    expect(json.gates.map(({ id, status, passed }) => ({ id, status, passed }))).toEqual([
      { id: 'cov', status: 'waived', passed: false },
      { id: 'cov-warn', status: 'fail', passed: false },
      { id: 'cov-low', status: 'pass', passed: true },
      { id: 'sast', status: 'not-applicable', passed: null },
    ]);
    expect(json.gates[0]?.waiver).toEqual({
      owner: 'alice',
      reason: 'legacy importer, covered by the e2e suite',
      expires: '2026-12-31',
      grantedAt: '2026-11-22T10:10:00Z',
      source: 'https://github.com/octo-org/shop/pull/7#issuecomment-555001',
    });
    expect(json.gates[1]?.waiver).toBeNull();
  });

  it('a waived gate gets no failure annotations', () => {
    const withFinding = bundle({ sast: given(sastReport([finding({ path: 'src/a.ts', line: 12 })])) });
    expect(verdictAnnotations(run([], withFinding)).map((annotation) => annotation.title)).toEqual([
      'gonogo sast: CodeQL js/xss src/a.ts:12',
    ]);
    const waived = run([waiver({ gate: 'sast' })], withFinding);
    expect(gate(waived, 'sast').status).toBe('waived');
    expect(verdictAnnotations(waived)).toEqual([]);
  });
});
