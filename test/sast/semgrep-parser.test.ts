import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { semgrepParser } from '../../src/core/sast/parsers/semgrep-parser.js';
import type { ParsedFinding, ParsedRun } from '../../src/core/sast/sast-parser.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/sast/semgrep/${name}`, import.meta.url), 'utf8'));
const parse = (name: string): ParsedRun[] => semgrepParser.parse(read(name), name);

function onlyRun(name: string): ParsedRun {
  const runs = parse(name);
  expect(runs).toHaveLength(1);
  return runs[0] as ParsedRun;
}

function findingOf(run: ParsedRun, ruleId: string, line?: number): ParsedFinding {
  const finding = run.findings.find((f) => f.ruleId === ruleId && (line === undefined || f.line === line));
  if (!finding) throw new Error(`no finding for ${ruleId}`);
  return finding;
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

describe('semgrepParser.detect', () => {
  it('recognizes semgrep --json output, with or without results', () => {
    expect(semgrepParser.detect(read('semgrep-severities.json'))).toBe(true);
    expect(semgrepParser.detect({ results: [], errors: [] })).toBe(true);
  });

  it("leaves every other format's document to its parser", () => {
    const others: Record<string, unknown> = {
      sarif: { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] },
      bandit: { results: [], errors: [], metrics: { _totals: {} }, generated_at: '2024-01-01T00:00:00Z' },
      'bandit with results': { results: [{ test_id: 'B101' }], errors: [], metrics: {} },
      eslint: [{ filePath: '/a.js', messages: [] }],
      'npm audit v2': { auditReportVersion: 2, vulnerabilities: {}, metadata: {} },
      'npm audit v1': { advisories: {}, metadata: {} },
      trivy: { SchemaVersion: 2, ArtifactName: '.', Results: [] },
      'trivy legacy': [{ Target: 'package-lock.json', Vulnerabilities: [] }],
      'gitleaks v8': [{ RuleID: 'aws-access-token', File: 'a.env' }],
      'gitleaks v7': [{ rule: 'AWS', offender: 'x', file: 'a.env' }],
      checkov: { check_type: 'terraform', results: { failed_checks: [] }, summary: {} },
      'checkov summary': { passed: 0, failed: 0, checkov_version: '3.2.0' },
      'Semgrep Cloud API dump': { vulns: [], hasMore: false, cursor: '' },
    };
    for (const [name, document] of Object.entries(others))
      expect([name, semgrepParser.detect(document)]).toEqual([name, false]);
    expect(semgrepParser.detect(null)).toBe(false);
    expect(semgrepParser.detect('results')).toBe(false);
  });
});

describe('semgrepParser.parse: severity', () => {
  it('maps both Semgrep scales, in any case', () => {
    const run = onlyRun('semgrep-severities.json');
    const severities = Object.fromEntries(run.findings.map((f) => [`${f.ruleId}:${f.line}`, f.severity]));
    expect(severities).toEqual({
      'python.lang.security.audit.eval-detected.eval-detected:12': 'high', // ERROR
      'python.flask.security.audit.debug-enabled.debug-enabled:40': 'medium', // WARNING
      'python.lang.best-practice.open-never-closed:7': 'low', // INFO
      'python.django.security.injection.sql.sql-injection-using-raw:88': 'critical',
      'custom.high-rule:3': 'high', // "high"
      'custom.medium-rule:4': 'medium',
      'custom.low-rule:5': 'low',
      'custom.experiment-rule:6': 'info',
      'custom.inventory-rule:7': 'info',
      'python.lang.security.audit.eval-detected.eval-detected:30': 'high',
    });
  });

  it('refuses an unknown severity word, naming the place and the value', () => {
    expect(errorOf('semgrep-unknown-severity.json').message).toBe(
      'semgrep-unknown-severity.json: results[1].extra.severity: expected one of CRITICAL, HIGH, ERROR, MEDIUM, ' +
        'WARNING, LOW, INFO, EXPERIMENT, INVENTORY, got "FATAL"',
    );
  });
});

describe('semgrepParser.parse: findings', () => {
  it('reads the location, message, confidence and CWEs of a match', () => {
    const finding = findingOf(
      onlyRun('semgrep-severities.json'),
      'python.django.security.injection.sql.sql-injection-using-raw',
    );
    expect(finding).toEqual({
      ruleId: 'python.django.security.injection.sql.sql-injection-using-raw',
      severity: 'critical',
      path: 'app/models.py',
      line: 88,
      endLine: 90,
      message: 'User input flows into a raw SQL query.',
      suppressed: false,
      baselineState: null,
      confidence: 'medium',
      cwes: ['CWE-89'],
      toolFingerprint: null,
      snippet: null,
    });
  });

  it('keeps a real fingerprint and snippet, drops the "requires login" placeholders', () => {
    const run = onlyRun('semgrep-severities.json');
    const eval12 = findingOf(run, 'python.lang.security.audit.eval-detected.eval-detected', 12);
    expect(eval12.toolFingerprint).toMatch(/^matchBasedId\/v1=3f2a9c0d[0-9a-f]+_0$/);
    expect(eval12.snippet).toBe('    return eval(expression)');
    expect(eval12.cwes).toEqual(['CWE-95']);
    expect(eval12.confidence).toBe('low');
    const debug = findingOf(run, 'python.flask.security.audit.debug-enabled.debug-enabled');
    expect(debug).toMatchObject({
      toolFingerprint: null,
      snippet: null,
      path: 'app/main.py',
      cwes: ['CWE-489'],
    });
    expect(debug.confidence).toBe('high');
  });

  it('reads a nosemgrep-ignored match as suppressed', () => {
    const run = onlyRun('semgrep-severities.json');
    expect(run.findings.filter((f) => f.suppressed).map((f) => `${f.path}:${f.line}`)).toEqual([
      'app/legacy.py:30',
    ]);
  });

  it('never quotes a secret: no snippet, metavariable values redacted from the message', () => {
    const [aws, jwt] = onlyRun('semgrep-secrets.json').findings;
    expect(aws).toMatchObject({
      message: 'AWS Secret Access Key detected: [redacted]',
      snippet: null,
      toolFingerprint: 'matchBasedId/v1=9b1e0c7a_0',
      cwes: ['CWE-798'],
    });
    expect(jwt).toMatchObject({ message: 'A hard-coded credential was detected.', snippet: null });
    expect(JSON.stringify([aws, jwt])).not.toMatch(/wJalrXUtnFEMI|s3cr3t-signing-key/);
  });

  it('reads display fields of the wrong shape as absent', () => {
    const [finding] = onlyRun('semgrep-odd-display-fields.json').findings;
    expect(finding).toMatchObject({
      ruleId: 'custom.odd-fields',
      severity: 'low',
      path: null,
      line: null,
      endLine: null,
      message: 'custom.odd-fields',
      confidence: null,
      cwes: [],
      snippet: null,
    });
  });
});

describe('semgrepParser.parse: completeness', () => {
  it('reads a report without errors as a complete run', () => {
    expect(onlyRun('semgrep-no-findings.json')).toEqual({
      tool: 'Semgrep',
      complete: true,
      incompleteReason: null,
      findings: [],
    });
  });

  it('reads errors as an incomplete run, quoting the first one and counting them', () => {
    const run = onlyRun('semgrep-errors.json');
    expect(run.complete).toBe(false);
    expect(run.incompleteReason).toBe(
      'Semgrep reported 2 errors; first: PartialParsing (warn): Syntax error at line src/broken.js:14: `}` was unexpected',
    );
    expect(run.findings).toHaveLength(1);
  });
});

describe('semgrepParser.parse: malformed shapes', () => {
  it('refuses a result without a rule id', () => {
    expect(errorOf('semgrep-missing-check-id.json').message).toBe(
      'semgrep-missing-check-id.json: results[0].check_id: expected a string, got nothing',
    );
  });

  it('refuses results that are not an array', () => {
    expect(errorOf('semgrep-results-not-array.json').message).toBe(
      'semgrep-results-not-array.json: results: expected an array, got an object',
    );
  });

  it('refuses errors that are not an array', () => {
    expect(() => semgrepParser.parse({ results: [], errors: 'none' }, 'x.json')).toThrow(
      new InputError('x.json', 'errors: expected an array, got a string'),
    );
  });
});
