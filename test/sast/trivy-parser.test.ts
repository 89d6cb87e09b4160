import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { trivyParser } from '../../src/core/sast/parsers/trivy-parser.js';
import type { ParsedFinding } from '../../src/core/sast/sast-parser.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/sast/trivy/${name}`, import.meta.url), 'utf8'));

/** The one run of a fixture. */
function runOf(name: string) {
  const runs = trivyParser.parse(fixture(name), name);
  expect(runs).toHaveLength(1);
  return runs[0]!;
}

const findingsOf = (name: string): ParsedFinding[] => runOf(name).findings;

/** The error parsing a fixture throws, asserted to be an `InputError` on one line. */
function errorOf(name: string): InputError {
  try {
    trivyParser.parse(fixture(name), name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).not.toContain('\n');
    return error as InputError;
  }
  throw new Error(`${name} parsed without error`);
}

describe('trivyParser.detect', () => {
  it('recognizes SchemaVersion 2 reports and the legacy array of results', () => {
    expect(trivyParser.detect(fixture('trivy-image.json'))).toBe(true);
    expect(trivyParser.detect(fixture('trivy-no-results.json'))).toBe(true);
    expect(trivyParser.detect(fixture('trivy-legacy.json'))).toBe(true);
    expect(trivyParser.detect({ ArtifactName: 'x', Results: [] })).toBe(true);
  });

  it("leaves every other format's document to its parser", () => {
    const others: Record<string, unknown> = {
      sarif: { version: '2.1.0', runs: [{ tool: { driver: { name: 'Trivy' } }, results: [] }] },
      semgrep: { results: [{ check_id: 'r', path: 'a.py', extra: { severity: 'ERROR' } }], errors: [] },
      bandit: { results: [], metrics: { _totals: {} }, errors: [] },
      eslint: [{ filePath: '/src/a.js', messages: [], errorCount: 0 }],
      'npm audit 7': { auditReportVersion: 2, vulnerabilities: {}, metadata: {} },
      'npm audit 6': { advisories: {}, actions: [], metadata: {} },
      'gitleaks 8': [{ RuleID: 'aws-access-token', File: 'a.py', Secret: 'x', StartLine: 1 }],
      'gitleaks 7': [{ rule: 'AWS Access Key', offender: 'x', file: 'a.py', lineNumber: 1 }],
      checkov: { check_type: 'terraform', results: { failed_checks: [] }, summary: {} },
      'checkov list': [{ check_type: 'terraform', results: { failed_checks: [] } }],
      'checkov summary': { passed: 0, failed: 0, skipped: 0, parsing_errors: 0, resource_count: 0 },
    };
    for (const [format, document] of Object.entries(others)) {
      expect([format, trivyParser.detect(document)]).toEqual([format, false]);
    }
  });

  it('is false for an empty array (decided centrally) and for scalars', () => {
    expect(trivyParser.detect([])).toBe(false);
    expect(trivyParser.detect([{ Target: 'x' }])).toBe(false);
    expect(trivyParser.detect(null)).toBe(false);
    expect(trivyParser.detect('SchemaVersion')).toBe(false);
  });
});

describe('vulnerabilities', () => {
  const findings = findingsOf('trivy-image.json');

  it('maps CRITICAL, HIGH, MEDIUM, LOW to themselves and UNKNOWN to info, in any case', () => {
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['CVE-2024-0727', 'medium'],
      ['CVE-2023-5363', 'high'],
      ['CVE-2024-2511', 'low'],
      ['CVE-2024-99999', 'info'],
      ['CVE-2021-23337', 'critical'],
    ]);
  });

  it('reads package, title and fix into the message; the target is the path; no line', () => {
    expect(findings[0]).toEqual({
      ruleId: 'CVE-2024-0727',
      severity: 'medium',
      path: 'shop-api:1.4.0 (alpine 3.19.1)',
      line: null,
      endLine: null,
      message: 'libcrypto3 3.1.4-r2: openssl: denial of service via null dereference (fixed in 3.1.4-r5)',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: ['CWE-476'],
      toolFingerprint: 'package=libcrypto3',
      snippet: null,
    });
    expect(findings[2]?.message).toBe(
      'libssl3 3.1.4-r2: openssl: Unbounded memory growth with session handling in TLSv1.3 (no fix yet)',
    );
    expect(findings[3]?.message).toBe('busybox 1.36.1-r15: CVE-2024-99999 (no fix yet)');
    expect(findings[4]).toMatchObject({ path: 'app/package-lock.json', cwes: ['CWE-94'] });
    expect(findings[1]?.cwes).toEqual(['CWE-325']);
  });

  it('keeps its identity when the database publishes a fix or retitles the CVE', () => {
    const document = fixture('trivy-image.json') as {
      Results: { Vulnerabilities?: { FixedVersion?: string; Title?: string }[] }[];
    };
    const vulnerability = document.Results[0]!.Vulnerabilities![2]!;
    vulnerability.FixedVersion = '3.1.4-r6';
    vulnerability.Title = 'openssl: memory growth (retitled)';
    const [after] = trivyParser.parse(document, 'x.json');
    expect(after!.findings[2]?.message).toContain('(fixed in 3.1.4-r6)');
    expect(after!.findings[2]?.toolFingerprint).toBe(findings[2]?.toolFingerprint);
    expect(findings[4]?.toolFingerprint).toBe('package=lodash\npath=app/node_modules/lodash/package.json');
  });

  it('reads the legacy array, where a target without vulnerabilities has null', () => {
    expect(
      findingsOf('trivy-legacy.json').map((finding) => [finding.path, finding.severity, finding.message]),
    ).toEqual([
      [
        'node:12.2 (debian 9.9)',
        'critical',
        'apt 1.4.8: Incorrect sanitation of the 302 redirect field in HTTP transport method of apt (fixed in 1.4.9)',
      ],
      ['node:12.2 (debian 9.9)', 'low', 'apt 1.4.8: CVE-2011-3374 (no fix yet)'],
    ]);
  });
});

describe('misconfigurations and secrets', () => {
  const findings = findingsOf('trivy-config-and-secrets.json');
  const byRule = new Map(findings.map((finding) => [finding.ruleId, finding]));

  it('keeps failed and excepted checks (exceptions as suppressed), not passed ones nor licenses', () => {
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.suppressed])).toEqual([
      ['DS002', 'high', false],
      ['DS001', 'medium', false],
      ['DS026', 'low', true],
      ['AVD-AWS-0086', 'high', false],
      ['AVD-AWS-0029', 'critical', false],
      ['aws-access-key-id', 'critical', false],
      ['internal-token', 'medium', false],
    ]);
  });

  it('reads a check: title and message, cause lines, the cause code as snippet', () => {
    expect(byRule.get('DS001')).toMatchObject({
      path: 'deploy/Dockerfile',
      line: 3,
      endLine: 3,
      message: "':latest' tag used: Specify a tag in the 'FROM' statement for image 'node'",
      snippet: 'FROM node:latest AS build',
      toolFingerprint: null,
    });
    expect(byRule.get('DS002')).toMatchObject({ line: null, endLine: null, snippet: null });
    // No ID (older checks bundles): the AVD id names the rule. A status-less check is a failure.
    expect(byRule.get('AVD-AWS-0086')).toMatchObject({
      path: 'infra/main.tf',
      line: 12,
      endLine: 15,
      snippet: 'resource "aws_s3_bucket" "assets" {\n  bucket = "shop-assets"\n  acl    = "public-read"\n}',
    });
  });

  it('quotes no code for a check about secrets in configuration: its cause line holds one', () => {
    expect(byRule.get('AVD-AWS-0029')).toMatchObject({
      path: 'infra/main.tf',
      line: 21,
      endLine: 21,
      message: 'Sensitive data found in instance user data: Potential password for the database',
      snippet: null,
    });
  });

  it("reads a secret by its rule's title, never its match or code", () => {
    expect(byRule.get('aws-access-key-id')).toEqual({
      ruleId: 'aws-access-key-id',
      severity: 'critical',
      path: 'config/settings.py',
      line: 8,
      endLine: 8,
      message: 'AWS Access Key ID',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: [],
      toolFingerprint: null,
      snippet: null,
    });
    expect(byRule.get('internal-token')).toMatchObject({
      line: 21,
      endLine: 22,
      message: 'Internal service token',
    });
    const shown = JSON.stringify(findings);
    expect(shown).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(shown).not.toContain('s3cr3t');
  });
});

describe('suppressed findings (--show-suppressed)', () => {
  it('reads ExperimentalModifiedFindings as suppressed findings, licenses left out', () => {
    const findings = findingsOf('trivy-show-suppressed.json');
    expect(
      findings.map((finding) => [finding.ruleId, finding.severity, finding.suppressed, finding.path]),
    ).toEqual([
      ['CVE-2023-45853', 'critical', false, 'shop-api:1.4.0 (debian 12.5)'],
      ['CVE-2024-45490', 'high', true, 'shop-api:1.4.0 (debian 12.5)'],
      ['CVE-2024-2961', 'medium', true, 'shop-api:1.4.0 (debian 12.5)'],
      ['github-pat', 'critical', true, '.env.example'],
    ]);
    expect(findings[1]?.message).toBe(
      'libexpat1 2.5.0-1: libexpat: Negative Length Parsing Vulnerability in libexpat (fixed in 2.5.0-1+deb12u1)',
    );
    expect(JSON.stringify(findings)).not.toContain('GITHUB_TOKEN');
  });

  it('refuses a modified finding of a type Trivy itself would refuse', () => {
    expect(errorOf('trivy-modified-unknown-type.json').reason).toBe(
      'Results[0].ExperimentalModifiedFindings[0].Type: expected one of vulnerability, misconfiguration, secret, license, got "custom"',
    );
  });
});

describe('completeness', () => {
  it('is one complete Trivy run: Trivy writes no error list, and no report when it fails', () => {
    expect(runOf('trivy-image.json')).toMatchObject({
      tool: 'Trivy',
      complete: true,
      incompleteReason: null,
    });
  });

  it('reads a report without Results as a clean scan (Trivy omits an empty Results)', () => {
    expect(runOf('trivy-no-results.json')).toEqual({
      tool: 'Trivy',
      complete: true,
      incompleteReason: null,
      findings: [],
    });
  });
});

describe('malformed Trivy reports', () => {
  it('refuses an unknown severity word, naming the place and the value', () => {
    expect(errorOf('trivy-unknown-severity.json').message).toBe(
      'trivy-unknown-severity.json: Results[0].Vulnerabilities[1].Severity: expected one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN, got "SEVERE"',
    );
    expect(errorOf('trivy-missing-severity.json').reason).toBe(
      '[0].Vulnerabilities[0].Severity: expected one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN, got nothing',
    );
  });

  it('refuses an unknown misconfiguration status rather than guessing whether it failed', () => {
    expect(errorOf('trivy-bad-misconfig-status.json').reason).toBe(
      'Results[0].Misconfigurations[0].Status: expected one of FAIL, PASS, EXCEPTION, got "SKIPPED"',
    );
  });

  it('names containers of the wrong shape', () => {
    expect(errorOf('trivy-results-not-array.json').reason).toBe('Results: expected an array, got an object');
    expect(() => trivyParser.parse({ SchemaVersion: 2, Results: [{ Class: 'os-pkgs' }] }, 'x.json')).toThrow(
      new InputError('x.json', 'Results[0].Target: expected a string, got nothing'),
    );
  });

  it('refuses another schema version and Kubernetes reports by name', () => {
    expect(errorOf('trivy-schema-version-3.json').reason).toBe(
      'unsupported Trivy SchemaVersion 3 (supported: 2)',
    );
    expect(errorOf('trivy-kubernetes.json').reason).toBe(
      'Trivy Kubernetes reports are not supported: scan images or manifests with `trivy image` or `trivy config`',
    );
  });

  it('reads display-only fields of the wrong shape as absent', () => {
    const [run] = trivyParser.parse(
      {
        SchemaVersion: 2,
        Results: [
          {
            Target: 'go.sum',
            Vulnerabilities: [
              { VulnerabilityID: 'CVE-1', Severity: 'LOW', Title: 7, PkgName: ['x'], CweIDs: 'x' },
            ],
            Misconfigurations: [
              { ID: 'X1', Severity: 'LOW', CauseMetadata: { StartLine: 'one', Code: { Lines: 'y' } } },
            ],
          },
        ],
      },
      'x.json',
    );
    expect(
      run!.findings.map((finding) => [finding.message, finding.line, finding.cwes, finding.snippet]),
    ).toEqual([
      ['CVE-1 (no fix yet)', null, [], null],
      ['X1', null, [], null],
    ]);
  });
});
