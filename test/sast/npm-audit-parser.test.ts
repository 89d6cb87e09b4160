import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { npmAuditParser } from '../../src/core/sast/parsers/npm-audit-parser.js';
import type { ParsedFinding, ParsedRun } from '../../src/core/sast/sast-parser.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/sast/npm-audit/${name}`, import.meta.url), 'utf8'));

const parse = (name: string): ParsedRun[] => npmAuditParser.parse(read(name), name);

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

const packageOf = (run: ParsedRun, name: string): ParsedFinding | undefined =>
  run.findings.find((finding) => finding.toolFingerprint === `package=${name}`);

describe('npmAuditParser.detect', () => {
  it('recognizes npm 7+ reports, npm 6 reports and npm error documents', () => {
    expect(npmAuditParser.detect(read('npm-audit-v7.json'))).toBe(true);
    expect(npmAuditParser.detect(read('npm-audit-v6.json'))).toBe(true);
    expect(npmAuditParser.detect(read('npm-audit-enolock.json'))).toBe(true);
    expect(npmAuditParser.detect(read('npm-audit-endpoint-error.json'))).toBe(true);
    expect(npmAuditParser.detect({ auditReportVersion: 3 })).toBe(true);
  });

  it('leaves other formats to their parsers', () => {
    expect(npmAuditParser.detect([])).toBe(false);
    expect(npmAuditParser.detect({ runs: [] })).toBe(false);
    expect(npmAuditParser.detect({ results: [{ check_id: 'x' }], errors: [] })).toBe(false);
    expect(npmAuditParser.detect({ results: [], metrics: {}, errors: [] })).toBe(false);
    expect(npmAuditParser.detect([{ filePath: '/a.js', messages: [] }])).toBe(false);
    expect(npmAuditParser.detect({ SchemaVersion: 2, ArtifactName: '.', Results: [] })).toBe(false);
    expect(npmAuditParser.detect([{ Target: 'package-lock.json', Vulnerabilities: null }])).toBe(false);
    expect(npmAuditParser.detect([{ RuleID: 'aws-access-token', File: 'a.env', StartLine: 1 }])).toBe(false);
    expect(npmAuditParser.detect([{ rule: 'AWS key', offender: 'x', file: 'a' }])).toBe(false);
    expect(npmAuditParser.detect({ check_type: 'terraform', results: { failed_checks: [] } })).toBe(false);
    expect(npmAuditParser.detect({ advisories: [] })).toBe(false);
    // Another tool's error, and an error beside other keys, are not npm's error document.
    expect(npmAuditParser.detect({ error: { code: 500, message: 'boom' } })).toBe(false);
    expect(npmAuditParser.detect({ error: { summary: 'x' }, results: [] })).toBe(false);
    expect(npmAuditParser.detect(null)).toBe(false);
  });
});

describe('npm 7+ reports', () => {
  const run = onlyRun('npm-audit-v7.json');

  it('reads one complete run, one finding per vulnerable package, as npm counts them', () => {
    expect(run).toMatchObject({ tool: 'npm audit', complete: true, incompleteReason: null });
    expect(run.findings).toHaveLength(6);
  });

  it('maps npm severities, moderate to medium', () => {
    expect(run.findings.map((finding) => [finding.toolFingerprint, finding.severity])).toEqual([
      ['package=express', 'high'],
      ['package=handlebars', 'critical'],
      ['package=minimist', 'medium'],
      ['package=optimist', 'medium'],
      ['package=qs', 'low'],
      ['package=body-parser', 'info'],
    ]);
  });

  it('names a package with advisories by its first advisory, titles, range and fix', () => {
    expect(packageOf(run, 'handlebars')).toEqual({
      ruleId: 'GHSA-765h-qjxv-5f44',
      severity: 'critical',
      path: null,
      line: null,
      endLine: null,
      message:
        'handlebars <=4.7.6: Prototype Pollution in handlebars; Remote code execution in handlebars when compiling templates; vulnerable through optimist (fix: handlebars@4.7.8)',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: ['CWE-94', 'CWE-1321'],
      toolFingerprint: 'package=handlebars',
      snippet: null,
    });
    expect(packageOf(run, 'minimist')).toMatchObject({
      ruleId: 'GHSA-vh95-rmgr-6w4m',
      message: 'minimist <0.2.1: Prototype Pollution in minimist (no fix available)',
      cwes: ['CWE-1321'],
    });
  });

  it('names a package only vulnerable through others after the first of them', () => {
    expect(packageOf(run, 'express')).toMatchObject({
      ruleId: 'transitive:body-parser',
      message: 'express <=4.21.1: vulnerable through body-parser, qs (fix available)',
      cwes: [],
    });
    expect(packageOf(run, 'optimist')).toMatchObject({
      ruleId: 'transitive:minimist',
      message: 'optimist >=0.6.0: vulnerable through minimist (fix: mocha@10.2.0, semver-major)',
    });
  });

  it('falls back to the registry id for advisories without a GHSA link', () => {
    expect(packageOf(run, 'qs')).toMatchObject({
      ruleId: 'npm:755',
      message: 'qs <6.10.3: Denial of Service (fix available)',
    });
    expect(packageOf(run, 'body-parser')).toMatchObject({
      ruleId: 'npm:1099520',
      message: 'body-parser <1.20.3: Informational notice',
    });
  });

  it('reads a report without vulnerabilities as a complete run without findings', () => {
    expect(onlyRun('npm-audit-no-vulnerabilities.json')).toEqual({
      tool: 'npm audit',
      complete: true,
      incompleteReason: null,
      findings: [],
    });
  });
});

describe('npm 6 reports', () => {
  const run = onlyRun('npm-audit-v6.json');

  it('reads one finding per advisory, whatever the number of paths', () => {
    expect(run).toMatchObject({ tool: 'npm audit', complete: true, incompleteReason: null });
    expect(run.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['npm:577', 'medium'],
      ['GHSA-p6mc-m468-83gw', 'high'],
      ['npm:9001', 'low'],
      ['npm:9002', 'critical'],
    ]);
  });

  it('names module, installed versions, vulnerable and patched versions', () => {
    const [leftPad, lodash, chatty, odd] = run.findings;
    expect(lodash).toMatchObject({
      message: 'lodash 4.17.4: Prototype Pollution (vulnerable: <4.17.19; fixed in: >=4.17.19)',
      cwes: ['CWE-400'],
      toolFingerprint: 'package=lodash',
      path: null,
      line: null,
    });
    expect(leftPad).toMatchObject({
      message:
        'left-pad 1.0.0, 1.1.0: Regular Expression Denial of Service (vulnerable: <= 1.3.0; no fix yet)',
      cwes: ['CWE-400', 'CWE-1333'],
    });
    expect(chatty).toMatchObject({ message: 'chatty: Information exposure (vulnerable: *)', cwes: [] });
    expect(odd).toMatchObject({ message: 'odd 0.0.1: advisory npm:9002' });
  });
});

describe('npm error documents', () => {
  it('reads ENOLOCK as one incomplete run without findings, quoting code and summary', () => {
    expect(onlyRun('npm-audit-enolock.json')).toEqual({
      tool: 'npm audit',
      complete: false,
      incompleteReason: 'npm audit failed with 1 error: ENOLOCK: This command requires an existing lockfile.',
      findings: [],
    });
  });

  it('quotes the summary alone when npm gives no code', () => {
    expect(onlyRun('npm-audit-endpoint-error.json').incompleteReason).toBe(
      'npm audit failed with 1 error: audit endpoint returned an error',
    );
  });
});

describe('malformed npm audit reports', () => {
  it('names an unknown severity word and its place', () => {
    expect(errorOf('npm-audit-unknown-severity.json').message).toBe(
      'npm-audit-unknown-severity.json: vulnerabilities.lodash.severity: expected one of CRITICAL, HIGH, MODERATE, LOW, INFO, got "severe"',
    );
    expect(errorOf('npm-audit-v6-unknown-severity.json').reason).toBe(
      'advisories.1523.severity: expected one of CRITICAL, HIGH, MODERATE, LOW, INFO, got "medium"',
    );
  });

  it('names a vulnerabilities map that is not an object (a record)', () => {
    expect(errorOf('npm-audit-vulnerabilities-not-object.json').reason).toBe(
      'vulnerabilities: expected a record, got an array',
    );
  });

  it('refuses an auditReportVersion it does not know', () => {
    expect(errorOf('npm-audit-report-version-3.json').reason).toBe(
      'unsupported npm audit auditReportVersion 3 (supported: 2)',
    );
  });

  it('refuses a document that is not an object', () => {
    expect(() => npmAuditParser.parse([], 'x.json')).toThrow(
      new InputError('x.json', 'expected an npm audit report (a JSON object)'),
    );
  });
});
