import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import type { EvidenceBundle } from '../../src/core/model/evidence-bundle.js';
import type { Finding, SastReport } from '../../src/core/model/finding.js';
import type { GateResult } from '../../src/core/model/gate-result.js';
import { fingerprintFindings } from '../../src/core/sast/fingerprint-findings.js';
import { bundle, finding, given, missing, rulesFrom } from '../support/builders.js';

const today = '2026-11-22';

/** A report of one tool's run, fingerprinted the way parseSast does it. */
function report(tool: string, findings: Partial<Finding>[], source = `${tool}.json`): SastReport {
  return {
    source,
    format: 'sarif',
    runs: [{ tool, format: 'sarif', complete: true, incompleteReason: null }],
    findings: fingerprintFindings(
      findings.map((overrides) =>
        finding({
          tool,
          identity: `message:${overrides.message ?? 'x'}`,
          endLine: overrides.line ?? null,
          ...overrides,
        }),
      ),
    ),
  };
}

function gateOf(yaml: string, parts: Partial<EvidenceBundle>, id = 'g'): GateResult {
  const verdict = evaluate(rulesFrom(yaml), bundle(parts), { today });
  const found = verdict.gates.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no gate ${id}`);
  return found;
}

const sqlInjection = { ruleId: 'js/sql-injection', path: 'src/db.ts', line: 7, cwes: ['CWE-89'] };

describe('SAST findings reported by several tools', () => {
  const rules = 'gates:\n  - id: g\n    sast: { severity: high, max: 0 }\n';

  it('counts one problem once when two tools report it at the same place with a shared CWE, naming both', () => {
    const codeql = report('CodeQL', [{ ...sqlInjection, message: 'query built from user input' }]);
    const semgrep = report('Semgrep', [
      {
        ruleId: 'javascript.lang.security.sqli',
        path: 'src/db.ts',
        line: 7,
        cwes: ['CWE-89'],
        severity: 'critical',
        message: 'SQL injection',
      },
    ]);
    const result = gateOf(rules, { sast: given(codeql, semgrep) });
    expect(result.value).toBe(1);
    expect(result.evidence.map((item) => item.label)).toEqual([
      'Semgrep, CodeQL javascript.lang.security.sqli src/db.ts:7',
    ]);
    expect(result.evidence[0]?.severity).toBe('critical');
    expect(result.notes).toContain('1 finding reported by several tools or runs, counted once');
  });

  it('keeps problems of different families apart, and two findings of one run apart even on one line', () => {
    const codeql = report('CodeQL', [
      { ...sqlInjection, message: 'a' },
      { ...sqlInjection, message: 'b' },
    ]);
    const semgrep = report('Semgrep', [{ ruleId: 'xss', path: 'src/db.ts', line: 7, cwes: ['CWE-79'] }]);
    expect(gateOf(rules, { sast: given(codeql, semgrep) }).value).toBe(3);
  });

  it('counts a run given twice once', () => {
    const first = report(
      'CodeQL',
      [sqlInjection, { ruleId: 'js/xss', path: 'src/a.ts', line: 1 }],
      'a.sarif',
    );
    const again = report(
      'CodeQL',
      [sqlInjection, { ruleId: 'js/xss', path: 'src/a.ts', line: 1 }],
      'b.sarif',
    );
    const result = gateOf(rules, { sast: given(first, again) });
    expect(result.value).toBe(2);
    expect(result.notes).toContain('2 findings reported by several tools or runs, counted once');
  });

  it('keeps a problem open while one tool still reports it, whatever another suppressed', () => {
    const codeql = report('CodeQL', [{ ...sqlInjection, suppressed: true }]);
    const semgrep = report('Semgrep', [{ ...sqlInjection, ruleId: 'sqli' }]);
    expect(gateOf(rules, { sast: given(codeql, semgrep) }).value).toBe(1);
    expect(gateOf(rules, { sast: given(codeql) }).value).toBe(0);
  });
});

describe('SAST scopes', () => {
  const scoped = (scope: string) => `gates:\n  - id: g\n    sast: { severity: high, scope: ${scope} }\n`;
  const head = report('CodeQL', [
    { ruleId: 'old', path: 'src/a.ts', line: 3, message: 'old problem' },
    { ruleId: 'moved', path: 'src/b.ts', line: 40, message: 'moved problem' },
    { ruleId: 'fresh', path: 'src/b.ts', line: 41, message: 'fresh problem' },
    { ruleId: 'dependency', path: null, line: null, message: 'lodash 4.17.4: prototype pollution' },
  ]);

  it('new with --base-sast: findings whose fingerprint the base does not hold, wherever they moved', () => {
    const base = report('CodeQL', [
      { ruleId: 'old', path: 'src/a.ts', line: 1, message: 'old problem' },
      { ruleId: 'moved', path: 'src/b.ts', line: 10, message: 'moved problem' },
      { ruleId: 'dependency', path: null, line: null, message: 'lodash 4.17.4: prototype pollution' },
    ]);
    const result = gateOf(scoped('new'), { sast: given(head), baseSast: given(base) });
    expect(result.evidence.map((item) => item.label)).toEqual(['CodeQL fresh src/b.ts:41']);
    expect(result.notes).toContain('new = absent from the base SAST reports (3 findings already there)');
  });

  it('new with a base that is missing fails closed instead of guessing', () => {
    const result = gateOf(scoped('new'), {
      sast: given(head),
      baseSast: missing('base.sarif: no file matches'),
    });
    expect(result).toMatchObject({ status: 'fail', measured: 'missing' });
    expect(result.summary).toBe('fails closed: base SAST report missing: base.sarif: no file matches');
  });

  it('new with a diff: findings on added lines, and the ones it cannot place count', () => {
    const diff = new Map([['src/b.ts', new Set([41, 42])]]);
    const result = gateOf(scoped('new'), { sast: given(head), diff });
    expect(result.evidence.map((item) => item.label)).toEqual([
      'CodeQL dependency (no location)',
      'CodeQL fresh src/b.ts:41',
    ]);
    expect(result.notes[0]).toMatch(/^1 finding without a place in a repository file counted/);
  });

  it('changed-files: findings in files the diff touches; a finding in no file is in none', () => {
    const diff = new Map([['src/b.ts', new Set([99])]]);
    const result = gateOf(scoped('changed-files'), { sast: given(head), diff });
    expect(result.evidence.map((item) => item.label)).toEqual([
      'CodeQL moved src/b.ts:40',
      'CodeQL fresh src/b.ts:41',
    ]);
  });

  it('changed-files without a diff counts everything and says so', () => {
    const result = gateOf(scoped('changed-files'), { sast: given(head) });
    expect(result.value).toBe(4);
    expect(result.notes).toEqual(['no diff given: every finding counts as in a changed file']);
  });
});

describe('SAST limits and filters', () => {
  const findings = report('Bandit', [
    { severity: 'high', confidence: 'low', path: 'a.py', line: 1, message: 'a' },
    { severity: 'medium', confidence: 'high', path: 'a.py', line: 2, message: 'b' },
    { severity: 'medium', confidence: null, path: 'a.py', line: 3, message: 'c' },
    { severity: 'low', confidence: 'high', path: 'a.py', line: 4, message: 'd' },
  ]);

  it('max per severity counts each severity on its own', () => {
    const result = gateOf('gates:\n  - id: g\n    sast: { max: { high: 0, medium: 1 } }\n', {
      sast: given(findings),
    });
    expect(result).toMatchObject({ status: 'fail', threshold: '≤ 0 high, ≤ 1 medium', value: 3 });
    expect(result.summary).toBe('3 open findings counted in 1 run; 1 high > 0; 2 medium > 1');
    expect(
      gateOf('gates:\n  - id: g\n    sast: { max: { high: 1, medium: 2 } }\n', { sast: given(findings) })
        .status,
    ).toBe('pass');
  });

  it('min-confidence leaves out findings rated below it; unrated ones always count', () => {
    const result = gateOf('gates:\n  - id: g\n    sast: { severity: medium, min-confidence: medium }\n', {
      sast: given(findings),
    });
    expect(result.value).toBe(2);
    expect(result.notes).toContain('1 finding below medium confidence left out');
  });

  it('refuses severity beside a per-severity max, and an empty per-severity max', () => {
    expect(() => rulesFrom('gates:\n  - id: g\n    sast: { severity: high, max: { high: 0 } }\n')).toThrow(
      /gate g: "max" already gives a limit per severity; leave out "severity"/,
    );
    expect(() => rulesFrom('gates:\n  - id: g\n    sast: { max: {} }\n')).toThrow(/"max" lists no severity/);
  });
});

describe('SAST waivers', () => {
  const scan = report('CodeQL', [sqlInjection, { ruleId: 'js/xss', path: 'src/view.ts', line: 3 }]);
  const fingerprint = scan.findings[1]?.fingerprint ?? '';
  const rules = (expires: string) => `gates:
  - id: g
    sast: { severity: high }
waivers:
  - match: "js/sql-injection:src/*.ts"
    reason: parameterized by the ORM
    owner: alice
    expires: ${expires}
  - match: "${fingerprint}"
    reason: false positive, sanitized upstream
    owner: "@security-team"
`;

  it('matches a rule:path-glob and a fingerprint, and says who accepted what until when', () => {
    const result = gateOf(rules('2026-12-31'), { sast: given(scan) });
    expect(result).toMatchObject({ status: 'pass', value: 0 });
    expect(result.notes).toEqual([
      'waived by "js/sql-injection:src/*.ts" (owner alice, until 2026-12-31): 1 finding — parameterized by the ORM',
      `waived by "${fingerprint}" (owner @security-team, no expiry): 1 finding — false positive, sanitized upstream`,
    ]);
  });

  it('stops applying a waiver the day after it expires, and says so', () => {
    expect(gateOf(rules('2026-11-22'), { sast: given(scan) }).status).toBe('pass');
    const result = gateOf(rules('2026-11-21'), { sast: given(scan) });
    expect(result).toMatchObject({ status: 'fail', value: 1 });
    expect(result.notes).toContain(
      'waiver "js/sql-injection:src/*.ts" (owner alice) expired on 2026-11-21: 1 finding counts again',
    );
  });
});

describe('SAST paths', () => {
  const rules = 'gates:\n  - id: g\n    sast: { severity: high, scope: new }\n';
  const repository = { files: ['src/db.ts', 'src/a.ts'], goModule: null };

  it('resolves absolute CI paths to repository files, so a base scan from another runner compares equal', () => {
    const head = report('ESLint', [{ ...sqlInjection, path: '/home/runner/work/app/app/src/db.ts' }]);
    const base = report('ESLint', [{ ...sqlInjection, path: '/Users/dev/app/src/db.ts', line: 3 }]);
    const result = gateOf(rules, { sast: given(head), baseSast: given(base), repository });
    expect(result).toMatchObject({ status: 'pass', value: 0 });
  });

  it('counts findings outside the repository (URIs, images, other trees), with a note and no annotation place', () => {
    const head = report('Trivy', [
      { ruleId: 'CVE-1', path: 'docker://alpine:3.10', line: null },
      { ruleId: 'CVE-2', path: '/usr/lib/python3/x.py', line: 4 },
    ]);
    const result = gateOf('gates:\n  - id: g\n    sast: { severity: high }\n', {
      sast: given(head),
      repository,
    });
    expect(result.value).toBe(2);
    expect(result.evidence.every((item) => item.path === undefined)).toBe(true);
    expect(result.notes).toContain(
      "2 findings outside the repository's files (e.g. /usr/lib/python3/x.py): counted, no annotation",
    );
  });
});
