import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { banditParser } from '../../src/core/sast/parsers/bandit-parser.js';
import type { ParsedFinding, ParsedRun } from '../../src/core/sast/sast-parser.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/sast/bandit/${name}`, import.meta.url), 'utf8'));
const parse = (name: string): ParsedRun[] => banditParser.parse(read(name), name);

function onlyRun(name: string): ParsedRun {
  const runs = parse(name);
  expect(runs).toHaveLength(1);
  return runs[0] as ParsedRun;
}

function findingOf(run: ParsedRun, ruleId: string): ParsedFinding {
  const finding = run.findings.find((f) => f.ruleId === ruleId);
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

describe('banditParser.detect', () => {
  it('recognizes bandit -f json output, with or without results', () => {
    expect(banditParser.detect(read('bandit-severities.json'))).toBe(true);
    expect(banditParser.detect(read('bandit-no-findings.json'))).toBe(true);
  });

  it("leaves every other format's document to its parser", () => {
    const others: Record<string, unknown> = {
      sarif: { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] },
      semgrep: { results: [{ check_id: 'x', extra: {} }], errors: [], paths: { scanned: [] } },
      'semgrep, empty': { results: [], errors: [] },
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
      expect([name, banditParser.detect(document)]).toEqual([name, false]);
    expect(banditParser.detect(null)).toBe(false);
  });
});

describe('banditParser.parse: severity and confidence', () => {
  it('maps HIGH/MEDIUM/LOW/UNDEFINED in any case, and the confidence alike', () => {
    const run = onlyRun('bandit-severities.json');
    expect(run.findings.map((f) => [f.ruleId, f.severity, f.confidence])).toEqual([
      ['B608', 'medium', 'low'],
      ['B602', 'high', 'high'],
      ['B101', 'low', 'high'],
      ['B999', 'info', null],
      ['B311', 'low', 'medium'],
    ]);
  });

  it('refuses an unknown severity word, naming the place and the value', () => {
    expect(errorOf('bandit-unknown-severity.json').message).toBe(
      'bandit-unknown-severity.json: results[1].issue_severity: expected one of UNDEFINED, LOW, MEDIUM, HIGH, got "SEVERE"',
    );
  });
});

describe('banditParser.parse: findings', () => {
  it('reads an issue spanning several lines: range, CWE, snippet without line numbers or context', () => {
    expect(findingOf(onlyRun('bandit-severities.json'), 'B608')).toEqual({
      ruleId: 'B608',
      severity: 'medium',
      path: 'app/db.py',
      line: 14,
      endLine: 15,
      message: 'Possible SQL injection vector through string-based query construction.',
      suppressed: false,
      baselineState: null,
      confidence: 'low',
      cwes: ['CWE-89'],
      toolFingerprint: null,
      snippet: `    query = "SELECT * FROM users WHERE name = '%s'" \\\n        % name`,
    });
  });

  it('reads Windows paths with POSIX separators', () => {
    expect(findingOf(onlyRun('bandit-severities.json'), 'B602')).toMatchObject({
      path: 'app/jobs/run.py',
      line: 31,
      endLine: 31,
      snippet: '    subprocess.call(cmd, shell=True)',
      cwes: ['CWE-78'],
    });
  });

  it('reads an issue without a CWE as having none', () => {
    expect(findingOf(onlyRun('bandit-severities.json'), 'B999').cwes).toEqual([]);
  });

  it('never quotes a hardcoded password: value cut from the message, no snippet', () => {
    const run = onlyRun('bandit-hardcoded-password.json');
    expect(run.findings.map((f) => [f.ruleId, f.message, f.snippet])).toEqual([
      ['B105', 'Possible hardcoded password (value withheld)', null],
      ['B106', 'Possible hardcoded password (value withheld)', null],
      ['B107', 'Possible hardcoded password (value withheld)', null],
    ]);
    expect(JSON.stringify(run)).not.toMatch(/hunter2|tok_live|'admin'/);
  });
});

describe('banditParser.parse: completeness', () => {
  it('reads a report without errors as a complete run', () => {
    expect(onlyRun('bandit-no-findings.json')).toEqual({
      tool: 'Bandit',
      complete: true,
      incompleteReason: null,
      findings: [],
    });
  });

  it('reads skipped files as an incomplete run, quoting the first and counting them', () => {
    const run = onlyRun('bandit-errors.json');
    expect(run.complete).toBe(false);
    expect(run.incompleteReason).toBe(
      'Bandit skipped 2 files it could not scan; first: app/legacy/py2_module.py: syntax error while parsing AST from file',
    );
    expect(run.findings).toHaveLength(1);
  });
});

describe('banditParser.parse: malformed shapes', () => {
  it('refuses a report without its errors array', () => {
    expect(errorOf('bandit-errors-missing.json').message).toBe(
      'bandit-errors-missing.json: errors: expected an array, got nothing',
    );
  });

  it('refuses an issue without a test id', () => {
    expect(() =>
      banditParser.parse({ results: [{ issue_severity: 'LOW' }], errors: [], metrics: {} }, 'x.json'),
    ).toThrow(new InputError('x.json', 'results[0].test_id: expected a string, got nothing'));
  });
});
