import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import type { GateWaiver } from '../../src/core/model/gate-waiver.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import { renderText } from '../../src/core/report/render-text.js';
import { toCheckJson } from '../../src/core/report/to-check-json.js';
import { bundle, coverageReport, file, given, rulesFrom } from '../support/builders.js';

const today = '2026-11-22';
const rules = rulesFrom(`
gates:
  - id: cov
    coverage: { min: 70 }
  - id: cov-warn
    level: warn
    coverage: { min: 95 }
readiness:
  go: { min-score: 0 }
`);
const evidence = bundle({ coverage: given(coverageReport(file('a.ts', 60, 40))) });
const waiver = (fields: Partial<GateWaiver> = {}): GateWaiver => ({
  gate: 'cov',
  reason: 'legacy importer, covered by the e2e suite',
  owner: 'alice',
  expires: '2026-12-31',
  grantedAt: '2026-11-22T10:10:00Z',
  source: 'https://github.com/octo-org/shop/pull/7#issuecomment-555001',
  ...fields,
});
const report = (gateWaivers: GateWaiver[]) => {
  const verdict = evaluate(rules, evidence, { today, gateWaivers });
  return { verdict, input: { verdict, bundle: evidence, rulesSources: ['test'], today } };
};

describe('whole-gate waivers', () => {
  it('without a waiver the failing blocking gate makes the verdict no-go', () => {
    expect(report([]).verdict.verdict).toBe('no-go');
  });

  it('a live waiver accepts the failed gate: it is shown as waived, with what it measured, and no longer blocks', () => {
    const { verdict } = report([waiver()]);
    const cov = verdict.gates.find((gate) => gate.id === 'cov');
    expect(cov).toMatchObject({
      status: 'waived',
      measured: '60 %',
      waiver: { owner: 'alice' },
      action: null,
    });
    expect(cov?.summary).toMatch(/^waived by alice until 2026-12-31 — /);
    // The warn gate still fails: go with warnings, and the reason names the waiver.
    expect(verdict.verdict).toBe('go-with-warnings');
    expect(verdict.reason).toBe('1 warning gate failed: cov-warn; 1 gate waived (cov by alice)');
    expect(verdict.topRisks.every((risk) => risk.gate !== 'cov')).toBe(true);
  });

  it('waiving every failed gate gives go', () => {
    const { verdict } = report([waiver(), waiver({ gate: 'cov-warn' })]);
    expect(verdict.verdict).toBe('go');
    expect(verdict.reason).toBe('0 gates passed; 2 gates waived (cov by alice, cov-warn by alice)');
  });

  it('an expired waiver does not apply, and the report says so', () => {
    const { verdict } = report([waiver({ expires: '2026-11-21' })]);
    const cov = verdict.gates.find((gate) => gate.id === 'cov');
    expect(cov?.status).toBe('fail');
    expect(cov?.notes).toContain('waiver by alice expired on 2026-11-21: the gate counts again');
    expect(verdict.verdict).toBe('no-go');
  });

  it('the latest live waiver wins over an older expired one', () => {
    const { verdict } = report([
      waiver({ expires: '2026-11-01', grantedAt: '2026-10-01T00:00:00Z', owner: 'bob' }),
      waiver({ grantedAt: '2026-11-22T10:00:00Z' }),
    ]);
    expect(verdict.gates.find((gate) => gate.id === 'cov')?.waiver?.owner).toBe('alice');
  });

  it('a waiver for a gate that passed only adds a note', () => {
    const passing = bundle({ coverage: given(coverageReport(file('a.ts', 99, 1))) });
    const verdict = evaluate(rules, passing, { today, gateWaivers: [waiver()] });
    const cov = verdict.gates.find((gate) => gate.id === 'cov');
    expect(cov?.status).toBe('pass');
    expect(cov?.notes.at(-1)).toBe('waiver by alice until 2026-12-31 not needed: the gate did not fail');
  });

  it('reports show the waived gate, who and why, with untrusted text escaped', () => {
    const { input } = report([waiver({ owner: '@everyone', reason: 'see <script>x</script> | pipe' })]);
    const markdown = renderMarkdown(input);
    expect(markdown).toMatch(/🛂 waived/);
    expect(markdown).toContain('### Waived gates');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/(^|[^`\\])@everyone/m);
    expect(renderText(input)).toMatch(/waived\s+cov /);
    const json = toCheckJson(input) as {
      failedGates: string[];
      gates: { id: string; passed: boolean; waiver?: GateWaiver }[];
    };
    expect(json.failedGates).toEqual(['cov-warn']);
    expect(json.gates[0]).toMatchObject({ id: 'cov', passed: false, waiver: { owner: '@everyone' } });
  });
});
