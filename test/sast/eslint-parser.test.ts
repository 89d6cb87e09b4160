import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { eslintParser } from '../../src/core/sast/parsers/eslint-parser.js';
import type { ParsedFinding, ParsedRun } from '../../src/core/sast/sast-parser.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/sast/eslint/${name}`, import.meta.url), 'utf8'));

const parse = (name: string): ParsedRun[] => eslintParser.parse(read(name), name);

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

const ruleOf = (run: ParsedRun, ruleId: string): ParsedFinding | undefined =>
  run.findings.find((finding) => finding.ruleId === ruleId);

describe('eslintParser.detect', () => {
  it('recognizes an array of per-file results', () => {
    expect(eslintParser.detect(read('eslint-severities.json'))).toBe(true);
    expect(eslintParser.detect([{ filePath: '/a.js', messages: [] }])).toBe(true);
  });

  it('leaves the empty array to the central rule, and other formats to their parsers', () => {
    expect(eslintParser.detect([])).toBe(false);
    expect(eslintParser.detect({ runs: [] })).toBe(false);
    expect(eslintParser.detect({ results: [{ check_id: 'x' }], errors: [] })).toBe(false);
    expect(eslintParser.detect({ results: [], metrics: {}, errors: [] })).toBe(false);
    expect(eslintParser.detect({ auditReportVersion: 2, vulnerabilities: {} })).toBe(false);
    expect(eslintParser.detect({ advisories: {}, actions: [] })).toBe(false);
    expect(eslintParser.detect({ SchemaVersion: 2, ArtifactName: '.', Results: [] })).toBe(false);
    expect(eslintParser.detect([{ Target: 'package-lock.json', Vulnerabilities: null }])).toBe(false);
    expect(eslintParser.detect([{ RuleID: 'aws-access-token', File: 'a.env', StartLine: 1 }])).toBe(false);
    expect(eslintParser.detect([{ rule: 'AWS key', offender: 'x', file: 'a' }])).toBe(false);
    expect(eslintParser.detect({ check_type: 'terraform', results: { failed_checks: [] } })).toBe(false);
    expect(eslintParser.detect([{ check_type: 'terraform', results: { failed_checks: [] } }])).toBe(false);
    expect(eslintParser.detect([{ filePath: '/a.js', warnings: [] }])).toBe(false);
    expect(eslintParser.detect(null)).toBe(false);
  });
});

describe('ESLint severities and messages', () => {
  const run = onlyRun('eslint-severities.json');

  it('reads one complete run, one finding per message, none for a clean file', () => {
    expect(run).toMatchObject({ tool: 'ESLint', complete: true, incompleteReason: null });
    expect(run.findings.map((finding) => finding.ruleId)).toEqual([
      'security/detect-object-injection',
      'no-eval',
      'eslint',
      'eqeqeq',
    ]);
  });

  it('maps severity 2 to high and 1 to medium, as the SARIF formatter maps them to error and warning', () => {
    expect(run.findings.map((finding) => finding.severity)).toEqual(['high', 'medium', 'medium', 'high']);
  });

  it('keeps absolute paths (resolved later), lines, and the flagged line of the source as snippet', () => {
    expect(ruleOf(run, 'security/detect-object-injection')).toEqual({
      ruleId: 'security/detect-object-injection',
      severity: 'high',
      path: '/home/ci/app/src/routes/orders.js',
      line: 3,
      endLine: 3,
      message: 'Generic Object Injection Sink',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: [],
      toolFingerprint: null,
      snippet: '  return orders[key] ||',
    });
    expect(ruleOf(run, 'no-eval')).toMatchObject({ line: 4, endLine: 6, snippet: '  eval(' });
  });

  it('reads a message without a rule (an unused disable directive) as rule "eslint"', () => {
    expect(ruleOf(run, 'eslint')).toMatchObject({
      severity: 'medium',
      line: 8,
      endLine: 8,
      message: "Unused eslint-disable directive (no problems were reported from 'no-console').",
      snippet: '// eslint-disable-next-line no-console',
    });
  });

  it('takes the snippet from the message when an old ESLint wrote it there, and POSIX-izes Windows paths', () => {
    expect(ruleOf(run, 'eqeqeq')).toMatchObject({
      path: 'C:/ci/app/src/legacy.js',
      line: 12,
      snippet: 'if (a == b) {',
    });
  });
});

describe('ESLint suppressions', () => {
  it('reads suppressedMessages as suppressed findings beside the open ones', () => {
    const run = onlyRun('eslint-suppressed.json');
    expect(run.findings.map((f) => [f.ruleId, f.severity, f.suppressed])).toEqual([
      ['no-console', 'medium', false],
      ['no-eval', 'high', true],
    ]);
  });
});

describe('ESLint fatal errors', () => {
  it('makes the run incomplete, quoting the first parsing error and counting them; they are no findings', () => {
    const run = onlyRun('eslint-fatal.json');
    expect(run.complete).toBe(false);
    expect(run.incompleteReason).toBe(
      "ESLint reported 2 fatal errors; first: /home/ci/app/src/broken.ts:7: Parsing error: ';' expected.",
    );
    expect(run.findings.map((finding) => finding.ruleId)).toEqual(['no-unused-vars']);
  });
});

describe('ESLint secrets', () => {
  it('gives a secret-detection rule no snippet and a message without the quoted secret', () => {
    const [finding] = onlyRun('eslint-no-secrets.json').findings;
    expect(finding).toMatchObject({
      ruleId: 'no-secrets/no-secrets',
      message: 'Found a string with entropy 4.9 : [redacted]',
      snippet: null,
    });
    expect(JSON.stringify(finding)).not.toContain('sk_live');
  });
});

describe('malformed ESLint reports', () => {
  it('names an unknown severity and its place', () => {
    expect(errorOf('eslint-unknown-severity.json').message).toBe(
      'eslint-unknown-severity.json: [1].messages[1].severity: expected 1 (warning) or 2 (error), got 3',
    );
  });

  it('names a messages list that is not an array', () => {
    expect(errorOf('eslint-messages-not-array.json').reason).toBe(
      '[1].messages: expected an array, got null',
    );
  });

  it('reads odd display fields as absent instead of refusing the report', () => {
    const run = onlyRun('eslint-odd-display-fields.json');
    expect(run.findings.map((f) => [f.ruleId, f.severity, f.line, f.endLine, f.message, f.snippet])).toEqual([
      ['eslint', 'medium', null, null, 'eslint', null],
      ['no-alert', 'high', null, null, 'Unexpected alert.', null],
      ['no-debugger', 'high', 5, 5, "Unexpected 'debugger' statement.", null],
    ]);
  });

  it('refuses a document that is not an array of results', () => {
    expect(() => eslintParser.parse({ filePath: '/a.js', messages: [] }, 'x.json')).toThrow(InputError);
  });
});

describe('ESLint notices', () => {
  it('reads the "file ignored" notice for a file given by name as no finding: the configuration speaking', () => {
    expect(onlyRun('eslint-ignored-file.json')).toMatchObject({ complete: true, findings: [] });
  });
});
