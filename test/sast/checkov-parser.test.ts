import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { checkovParser } from '../../src/core/sast/parsers/checkov-parser.js';
import type { ParsedRun } from '../../src/core/sast/sast-parser.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/sast/checkov/${name}`, import.meta.url), 'utf8'));
const parse = (name: string): ParsedRun[] => checkovParser.parse(read(name), name);

function onlyRun(name: string): ParsedRun {
  const runs = parse(name);
  expect(runs).toHaveLength(1);
  return runs[0] as ParsedRun;
}

function errorOf(name: string): InputError {
  try {
    parse(name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`${name} parsed without error`);
}

describe('checkovParser.detect', () => {
  it('recognizes one framework, a list of frameworks, and the bare summary', () => {
    expect(checkovParser.detect(read('checkov-terraform.json'))).toBe(true);
    expect(checkovParser.detect(read('checkov-multiple-frameworks.json'))).toBe(true);
    expect(checkovParser.detect(read('checkov-summary-only.json'))).toBe(true);
    expect(checkovParser.detect(read('checkov-quiet-parsing-errors.json'))).toBe(true);
  });

  it("leaves every other format's document to its parser", () => {
    const others: Record<string, unknown> = {
      sarif: { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] },
      semgrep: { results: [{ check_id: 'x', extra: {} }], errors: [], paths: { scanned: [] } },
      'semgrep, empty': { results: [], errors: [] },
      bandit: { results: [], errors: [], metrics: { _totals: {} } },
      eslint: [{ filePath: '/a.js', messages: [] }],
      'npm audit v2': { auditReportVersion: 2, vulnerabilities: {}, metadata: {} },
      'npm audit v1': { advisories: {}, metadata: {} },
      trivy: { SchemaVersion: 2, ArtifactName: '.', Results: [] },
      'trivy legacy': [{ Target: 'package-lock.json', Vulnerabilities: [] }],
      'gitleaks v8': [{ RuleID: 'aws-access-token', File: 'a.env' }],
      'gitleaks v7': [{ rule: 'AWS', offender: 'x', file: 'a.env' }],
      'Semgrep Cloud API dump': { vulns: [], hasMore: false, cursor: '' },
    };
    for (const [name, document] of Object.entries(others))
      expect([name, checkovParser.detect(document)]).toEqual([name, false]);
    expect(checkovParser.detect(null)).toBe(false);
    // A list is Checkov's only when every element is a framework report.
    expect(checkovParser.detect([read('checkov-terraform.json'), { filePath: 'a.js', messages: [] }])).toBe(
      false,
    );
  });
});

describe('checkovParser.parse: one framework', () => {
  const run = onlyRun('checkov-terraform.json');

  it('reads failed checks as open findings and skipped checks as suppressed ones, passed ones not at all', () => {
    expect(run.tool).toBe('Checkov');
    expect(run.complete).toBe(true);
    expect(run.findings.map((f) => [f.ruleId, f.severity, f.suppressed])).toEqual([
      ['CKV_AWS_18', 'high', false], // no severity (OSS Checkov): high, as Checkov's SARIF level error
      ['CKV_AWS_20', 'high', false],
      ['CKV_AWS_144', 'low', false],
      ['CKV_TF_1', 'medium', false],
      ['CKV_AWS_21', 'high', true],
    ]);
  });

  it('reads the path relative to where Checkov ran, without the leading slash, and the resource', () => {
    expect(run.findings[0]).toEqual({
      ruleId: 'CKV_AWS_18',
      severity: 'high',
      path: 'terraform/s3.tf',
      line: 1,
      endLine: 13,
      message: 'Ensure the S3 bucket has access logging enabled (aws_s3_bucket.data)',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: [],
      toolFingerprint: null,
      snippet: null,
    });
  });

  it('falls back on file_path without repo_file_path, and reads line 0 as no line', () => {
    expect(run.findings[3]).toMatchObject({ path: 'main.tf', line: null, endLine: null });
  });
});

describe('checkovParser.parse: several frameworks', () => {
  const runs = parse('checkov-multiple-frameworks.json');

  it('gives one run per framework, all with tool Checkov', () => {
    expect(runs.map((run) => [run.tool, run.complete, run.findings.length])).toEqual([
      ['Checkov', false, 1],
      ['Checkov', true, 2],
      ['Checkov', true, 1],
    ]);
  });

  it('reads parsing errors as an incomplete run, naming the framework, the count and the first file', () => {
    expect(runs[0]?.incompleteReason).toBe(
      'Checkov (terraform) could not parse 2 files; first: /home/runner/work/infra/infra/terraform/broken.tf',
    );
  });

  it('reads an SCA check as the vulnerable package', () => {
    expect(runs[2]?.findings[0]).toMatchObject({
      ruleId: 'CKV_CVE_2019_10744',
      severity: 'critical',
      path: 'package.json',
      message: 'lodash 4.17.4: CVE-2019-10744 (fixed in 4.17.12)',
    });
  });
});

describe('checkovParser.parse: summaries', () => {
  it('reads the bare summary of a run with nothing to check as a complete run without findings', () => {
    expect(onlyRun('checkov-summary-only.json')).toEqual({
      tool: 'Checkov',
      complete: true,
      incompleteReason: null,
      findings: [],
    });
  });

  it('refuses a bare summary that counts failed checks it does not list', () => {
    expect(errorOf('checkov-summary-counts-failures.json').message).toBe(
      'checkov-summary-counts-failures.json: summary: counts 3 failed and 0 skipped checks but the report lists none',
    );
  });

  it('reads --quiet output (failed checks only), incomplete from the summary count of parsing errors', () => {
    const run = onlyRun('checkov-quiet-parsing-errors.json');
    expect(run.incompleteReason).toBe('Checkov (kubernetes) could not parse 2 files');
    expect(run.findings.map((f) => [f.path, f.line, f.message])).toEqual([
      [
        'k8s/deploy.yaml',
        1,
        'Containers should not run with allowPrivilegeEscalation (Deployment.default.web)',
      ],
    ]);
  });
});

describe('checkovParser.parse: malformed shapes', () => {
  it('refuses an unknown severity word, naming the place and the value', () => {
    expect(errorOf('checkov-unknown-severity.json').message).toBe(
      'checkov-unknown-severity.json: [0].results.failed_checks[1].severity: expected one of CRITICAL, HIGH, ' +
        'IMPORTANT, MEDIUM, MODERATE, LOW, INFO, NONE, got "SEVERE"',
    );
  });

  it('refuses skipped checks that are not an array', () => {
    expect(errorOf('checkov-skipped-not-array.json').message).toBe(
      'checkov-skipped-not-array.json: results.skipped_checks: expected an array, got an object',
    );
  });
});
