import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { gitleaksParser } from '../../src/core/sast/parsers/gitleaks-parser.js';
import type { ParsedFinding } from '../../src/core/sast/sast-parser.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/sast/gitleaks/${name}`, import.meta.url), 'utf8'));

function findingsOf(name: string): ParsedFinding[] {
  const runs = gitleaksParser.parse(fixture(name), name);
  expect(runs).toHaveLength(1);
  expect(runs[0]).toMatchObject({ tool: 'gitleaks', complete: true, incompleteReason: null });
  return runs[0]!.findings;
}

/** The error parsing a fixture throws, asserted to be an `InputError` on one line. */
function errorOf(name: string): InputError {
  try {
    gitleaksParser.parse(fixture(name), name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).not.toContain('\n');
    return error as InputError;
  }
  throw new Error(`${name} parsed without error`);
}

describe('gitleaksParser.detect', () => {
  it('recognizes gitleaks 8 and gitleaks 7 arrays of leaks', () => {
    expect(gitleaksParser.detect(fixture('gitleaks-v8.json'))).toBe(true);
    expect(gitleaksParser.detect(fixture('gitleaks-v7.json'))).toBe(true);
  });

  it("leaves every other format's document to its parser", () => {
    const others: Record<string, unknown> = {
      sarif: { version: '2.1.0', runs: [{ tool: { driver: { name: 'gitleaks' } }, results: [] }] },
      semgrep: { results: [{ check_id: 'r', path: 'a.py', extra: { severity: 'ERROR' } }], errors: [] },
      bandit: { results: [], metrics: { _totals: {} }, errors: [] },
      eslint: [{ filePath: '/src/a.js', messages: [{ ruleId: 'no-eval', line: 1 }] }],
      'npm audit 7': { auditReportVersion: 2, vulnerabilities: {}, metadata: {} },
      'npm audit 6': { advisories: {}, actions: [], metadata: {} },
      trivy: { SchemaVersion: 2, ArtifactName: '.', Results: [{ Target: 'a', Secrets: [{ RuleID: 'x' }] }] },
      'trivy legacy': [{ Target: 'alpine:3.10 (alpine 3.10.2)', Vulnerabilities: null }],
      checkov: { check_type: 'terraform', results: { failed_checks: [] }, summary: {} },
      'checkov list': [{ check_type: 'terraform', results: { failed_checks: [] } }],
      'checkov summary': { passed: 0, failed: 0, skipped: 0, parsing_errors: 0, resource_count: 0 },
    };
    for (const [format, document] of Object.entries(others)) {
      expect([format, gitleaksParser.detect(document)]).toEqual([format, false]);
    }
  });

  it('is false for an empty array (decided centrally), objects and scalars', () => {
    expect(gitleaksParser.detect([])).toBe(false);
    expect(gitleaksParser.detect({ RuleID: 'x', File: 'a' })).toBe(false);
    expect(gitleaksParser.detect([{ RuleID: 'x' }])).toBe(false);
    expect(gitleaksParser.detect(null)).toBe(false);
  });
});

describe('gitleaks 8', () => {
  const findings = findingsOf('gitleaks-v8.json');

  it('makes every leak a critical, unsuppressed finding at its file and lines', () => {
    expect(findings[0]).toEqual({
      ruleId: 'aws-access-token',
      severity: 'critical',
      path: 'deploy/settings.py',
      line: 12,
      endLine: 12,
      message: 'AWS Access Key (aws-access-token) in commit 3f9c2d1',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: [],
      toolFingerprint: null,
      snippet: null,
    });
    expect(findings.map((finding) => finding.severity)).toEqual([
      'critical',
      'critical',
      'critical',
      'critical',
    ]);
    expect(findings.map((finding) => finding.suppressed)).toEqual([false, false, false, false]);
  });

  it('names rule and commit, not the line: two leaks of one rule in one file share a message', () => {
    expect(findings[1]).toMatchObject({ line: 40, message: findings[0]?.message });
    // A directory scan (--no-git) has no commit; a sentence-long description loses its final period.
    expect(findings[2]).toMatchObject({
      path: 'certs/dev.key',
      line: 1,
      endLine: 27,
      message:
        'Identified a Private Key, which may compromise cryptographic security and sensitive data encryption (private-key)',
    });
    // A description that only repeats the id is said once; Windows separators and ./ are normalized.
    expect(findings[3]).toMatchObject({
      path: 'src/client/config.ts',
      message: 'generic-api-key in commit a1b2c3d',
    });
  });

  it('never carries the secret, the match or the line-bearing Fingerprint', () => {
    const shown = JSON.stringify(findings);
    for (const secret of [
      'AKIAIOSFODNN7EXAMPLE',
      'AKIAI44QH8DHBEXAMPLE',
      's3cr3t',
      'BEGIN PRIVATE KEY',
      'aws-access-token:12',
    ]) {
      expect(shown).not.toContain(secret);
    }
  });

  it('reads odd display fields as absent: no line, no path, end before start', () => {
    expect(
      findingsOf('gitleaks-odd-locations.json').map((finding) => [
        finding.path,
        finding.line,
        finding.endLine,
        finding.message,
      ]),
    ).toEqual([
      [null, null, null, 'JSON Web Token (jwt)'],
      [null, 9, 9, 'JSON Web Token (jwt)'],
    ]);
  });
});

describe('gitleaks 7', () => {
  it('reads rule, file, line and commit; never the offender or the line text', () => {
    const findings = findingsOf('gitleaks-v7.json');
    expect(
      findings.map((finding) => [
        finding.ruleId,
        finding.severity,
        finding.path,
        finding.line,
        finding.message,
      ]),
    ).toEqual([
      [
        'Github Personal Access Token',
        'critical',
        '.github/workflows/release.yml',
        4,
        'Github Personal Access Token in commit 9d8e7f6',
      ],
      ['AWS Access Key', 'critical', '.env', 2, 'AWS Access Key in commit 1234567'],
    ]);
    const shown = JSON.stringify(findings);
    expect(shown).not.toContain('s3cr3t');
    expect(shown).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});

describe('malformed gitleaks reports', () => {
  it('refuses a leak without its rule, naming the place', () => {
    expect(errorOf('gitleaks-missing-rule.json').message).toBe(
      'gitleaks-missing-rule.json: [1].RuleID: expected a string, got nothing',
    );
  });

  it('refuses an element that is not a leak', () => {
    expect(errorOf('gitleaks-not-array-of-leaks.json').reason).toBe('[1]: expected an object, got a string');
  });

  it('reads a report as the version of its first leak', () => {
    const mixed = [
      { rule: 'AWS Access Key', offender: 'x', file: 'a', lineNumber: 1 },
      { RuleID: 'aws-access-token', File: 'a', Secret: 'x' },
    ];
    expect(() => gitleaksParser.parse(mixed, 'mixed.json')).toThrow(
      new InputError('mixed.json', '[1].rule: expected a string, got nothing'),
    );
  });

  it('refuses a document that is not an array', () => {
    expect(() => gitleaksParser.parse({ RuleID: 'x' }, 'x.json')).toThrow(
      new InputError('x.json', 'expected a gitleaks report (a JSON array of leaks)'),
    );
  });
});
