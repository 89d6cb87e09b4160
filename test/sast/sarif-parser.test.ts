import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import type { Finding, SastReport } from '../../src/core/model/finding.js';
import { parseSast } from '../../src/core/sast/parse-sast.js';
import { sarifParser } from '../../src/core/sast/parsers/sarif-parser.js';

const fixtures = new URL('../fixtures/sast/', import.meta.url);

function parseFixture(name: string): SastReport {
  return parseSast(readFileSync(new URL(name, fixtures), 'utf8'), name);
}

/** The error `parseSast` throws for a fixture, asserted to be an `InputError`. */
function errorOf(name: string): InputError {
  try {
    parseFixture(name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`${name} parsed without error`);
}

const byMessage = (report: SastReport) =>
  new Map(report.findings.map((finding) => [finding.message, finding]));

function findingWith(report: SastReport, message: string): Finding {
  const finding = byMessage(report).get(message);
  if (!finding) throw new Error(`no finding with message "${message}"`);
  return finding;
}

describe('sarifParser.detect', () => {
  it('recognizes a runs array, or a version with a SARIF $schema', () => {
    expect(sarifParser.detect({ runs: [] })).toBe(true);
    expect(
      sarifParser.detect({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json' }),
    ).toBe(true);
  });

  it('leaves other JSON to other parsers', () => {
    expect(sarifParser.detect({ results: [], errors: [] })).toBe(false);
    expect(sarifParser.detect({ version: '1.30.0', results: [] })).toBe(false);
    expect(sarifParser.detect([])).toBe(false);
    expect(sarifParser.detect(null)).toBe(false);
  });
});

describe('SARIF version', () => {
  it('refuses SARIF 1.0.0 by its version', () => {
    expect(errorOf('sarif-1.0.0.sarif').message).toBe(
      'sarif-1.0.0.sarif: unsupported SARIF version 1.0.0 (supported: 2.1.0)',
    );
  });

  it('refuses a log without a version', () => {
    expect(() => parseSast('{ "runs": [] }', 'no-version.sarif')).toThrow(
      new InputError('no-version.sarif', 'missing SARIF version (supported: 2.1.0)'),
    );
  });

  it('reads an empty runs array as a report with no runs', () => {
    const report = parseFixture('sarif-empty-runs.sarif');
    expect(report).toEqual({ source: 'sarif-empty-runs.sarif', format: 'sarif', runs: [], findings: [] });
  });
});

describe('malformed SARIF', () => {
  it('names the JSON place of a result that is not an object', () => {
    expect(errorOf('sarif-result-not-object.sarif').message).toBe(
      'sarif-result-not-object.sarif: runs[0].results[3]: expected an object, got a string',
    );
  });

  it('names runs and results that are not arrays', () => {
    expect(errorOf('sarif-runs-not-array.sarif').reason).toBe('runs: expected an array, got an object');
    expect(errorOf('sarif-results-not-array.sarif').reason).toBe(
      'runs[0].results: expected an array, got an object',
    );
  });

  it('refuses a level outside the SARIF levels rather than guessing a severity', () => {
    expect(errorOf('sarif-unknown-level.sarif').reason).toBe(
      'runs[0].results[0].level: expected one of none, note, warning, error, got "critical"',
    );
  });

  it('requires the tool name', () => {
    expect(errorOf('sarif-missing-tool-name.sarif').reason).toBe(
      'runs[0].tool.driver.name: expected a string, got nothing',
    );
  });
});

describe('a finding', () => {
  it('carries what the gates and the report show, and nothing else', () => {
    const [finding] = parseFixture('sarif-fingerprints.sarif').findings;
    expect(finding).toEqual({
      tool: 'CodeQL',
      ruleId: 'js/xss',
      severity: 'high',
      path: 'src/render.js',
      line: 20,
      endLine: 20,
      message: 'Cross-site scripting from user input.',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      suppressed: false,
      baselineState: null,
      runComplete: true,
      confidence: null,
      cwes: [],
      identity: 'tool:primaryLocationLineHash=39fa2ee980eb94b0:1\nprimaryLocationStartColumnFingerprint=4',
      run: 0,
    });
  });
});

describe('rules', () => {
  const report = parseFixture('sarif-rules-in-extensions.sarif');

  it('finds rules in extensions through rule.index and rule.toolComponent', () => {
    expect(findingWith(report, 'by rule.index in extension 0')).toMatchObject({
      ruleId: 'PLUGIN_ERROR',
      severity: 'high',
    });
    expect(findingWith(report, 'by rule.index in extension 1')).toMatchObject({
      ruleId: 'PLUGIN_SECURITY',
      severity: 'critical',
    });
    expect(findingWith(report, 'by toolComponent name')).toMatchObject({
      ruleId: 'PLUGIN_NOTE',
      severity: 'low',
    });
  });

  it('finds rules by ruleIndex in the driver, and by id in any component', () => {
    expect(findingWith(report, 'by ruleIndex in the driver')).toMatchObject({
      ruleId: 'DRIVER_RULE',
      severity: 'low',
    });
    expect(findingWith(report, 'by ruleId, found in an extension')).toMatchObject({
      ruleId: 'PLUGIN_NOTE',
      severity: 'low',
    });
    expect(findingWith(report, 'hierarchical rule id')).toMatchObject({
      ruleId: 'PLUGIN_ERROR/variant',
      severity: 'high',
    });
  });

  it('keeps results whose rule is not described, with the default level', () => {
    expect(findingWith(report, 'rule not in the report')).toMatchObject({
      ruleId: 'NOT_DESCRIBED',
      severity: 'medium',
    });
    expect(findingWith(report, 'no rule at all')).toMatchObject({
      ruleId: 'unknown-rule',
      severity: 'medium',
    });
  });

  it('names the tool from the driver', () => {
    expect(report.runs).toEqual([
      { tool: 'SpotBugs', format: 'sarif', complete: true, incompleteReason: null },
    ]);
    expect(new Set(report.findings.map((finding) => finding.tool))).toEqual(new Set(['SpotBugs']));
  });
});

describe('severity', () => {
  it('maps security-severity in CVSS bands, the result overriding its rule', () => {
    const severities = Object.fromEntries(
      parseFixture('sarif-security-severity.sarif').findings.map((finding) => [
        finding.message,
        finding.severity,
      ]),
    );
    expect(severities).toEqual({
      '9.8 beats level note': 'critical',
      '7.0 is high': 'high',
      '4 is medium': 'medium',
      '0.1 is low': 'low',
      '0 is info': 'info',
      'the word high': 'high',
      'unreadable score falls back to the rule level': 'low',
      "result property overrides the rule's": 'medium',
    });
  });

  it('maps levels, keeps only kind fail (the default)', () => {
    const severities = Object.fromEntries(
      parseFixture('sarif-levels-and-kinds.sarif').findings.map((finding) => [
        finding.message,
        finding.severity,
      ]),
    );
    expect(severities).toEqual({
      error: 'high',
      warning: 'medium',
      note: 'low',
      none: 'info',
      'level from the rule default': 'high',
      'no level anywhere: warning': 'medium',
      'explicit fail': 'high',
    });
  });
});

describe('messages', () => {
  const messages = parseFixture('sarif-message-strings.sarif').findings.map((finding) => finding.message);

  it('prefers text, then messageStrings with arguments, then markdown', () => {
    expect(messages).toEqual([
      'Plain text wins.',
      'Variable "ptr" used before init was set.',
      'Variable "count" was declared here.',
      'rule text for x',
      'Use { x } literally.',
      'Variable "only-one" used before {1} was set.',
      'Text with an argument placeholder',
      'function f() { return {}; }',
      'Only **markdown** here.',
      'See `a.js`.',
      '(no message)',
      '(no message)',
    ]);
  });
});

describe('locations', () => {
  const report = parseFixture('sarif-uri-base-chain.sarif');
  const where = (message: string) => {
    const { path, line, endLine } = findingWith(report, message);
    return { path, line, endLine };
  };

  it('keeps paths relative to their base, prefixing relative bases of the chain', () => {
    expect(where('relative to SRCROOT, itself under an absolute PROJECTROOT')).toEqual({
      path: 'src/main.c',
      line: 3,
      endLine: 3,
    });
    expect(where('two relative bases')).toEqual({ path: 'src/lib/util/hash.c', line: 7, endLine: 9 });
    expect(where("base not defined in the log (CodeQL's %SRCROOT%)")).toEqual({
      path: 'app/views.py',
      line: 12,
      endLine: 12,
    });
    expect(where('base with a description only')).toEqual({
      path: 'Content/Login.aspx',
      line: null,
      endLine: null,
    });
  });

  it('reads the URI of run.artifacts through artifactLocation.index', () => {
    expect(where('by artifact index')).toEqual({ path: 'src/collections/list.h', line: 15, endLine: 15 });
    expect(where('absolute Windows file URI by artifact index').path).toBe('C:/agent/_work/App/Program.cs');
  });

  it('decodes file URIs and percent-encoding; keeps other schemes', () => {
    expect(where('absolute Unix file URI, percent-encoded').path).toBe('/home/x/my app/a.py');
    expect(where('relative, percent-encoded, backslashes').path).toBe('docs/read me.md');
    expect(where('another scheme keeps its URI').path).toBe('https://example.com/app.js');
  });

  it('takes the first location that has a physical location; none gives no path and no line', () => {
    expect(where('the first location with a physicalLocation counts')).toEqual({
      path: 'app/main.go',
      line: 30,
      endLine: 30,
    });
    expect(where('logical location only')).toEqual({ path: null, line: null, endLine: null });
    expect(where('no locations')).toEqual({ path: null, line: null, endLine: null });
  });
});

describe('suppressions and baseline', () => {
  const report = parseFixture('sarif-suppressions-baseline.sarif');

  it('counts a result suppressed when no suppression is rejected or under review', () => {
    const suppressed = Object.fromEntries(report.findings.slice(0, 5).map((f) => [f.message, f.suppressed]));
    expect(suppressed).toEqual({
      'in-source, no status': true,
      accepted: true,
      'under review': false,
      'one accepted, one rejected': false,
      'empty suppressions': false,
    });
  });

  it('copies baselineState, keeping absent results as findings', () => {
    expect(report.findings.map((finding) => finding.baselineState)).toEqual([
      null,
      null,
      null,
      null,
      null,
      'new',
      'unchanged',
      'updated',
      'absent',
    ]);
  });
});

describe('run completeness', () => {
  const report = parseFixture('sarif-incomplete-run.sarif');

  it('explains each incomplete run in one line', () => {
    expect(report.runs).toEqual([
      {
        tool: 'CrashedScanner',
        format: 'sarif',
        complete: false,
        incompleteReason: 'invocation reported executionSuccessful: false',
      },
      {
        tool: 'ErroringScanner',
        format: 'sarif',
        complete: false,
        incompleteReason: 'tool execution error: Exception evaluating rule "C2001". Rule disabled.',
      },
      {
        tool: 'MisconfiguredScanner',
        format: 'sarif',
        complete: false,
        incompleteReason: 'tool configuration error: Unknown rule set "strict".',
      },
      {
        tool: 'NullResultsScanner',
        format: 'sarif',
        complete: false,
        incompleteReason: 'the run has results null: the tool did not report its results',
      },
      {
        tool: 'NoResultsScanner',
        format: 'sarif',
        complete: false,
        incompleteReason: 'the run has no results array: the tool did not report its results',
      },
      { tool: 'HealthyScanner', format: 'sarif', complete: true, incompleteReason: null },
    ]);
  });

  it('marks findings with the completeness of their run', () => {
    expect(report.findings.map(({ tool, runComplete }) => ({ tool, runComplete }))).toEqual([
      { tool: 'CrashedScanner', runComplete: false },
      { tool: 'HealthyScanner', runComplete: true },
    ]);
  });
});

describe('fingerprints', () => {
  const before = parseFixture('sarif-fingerprints.sarif').findings;
  const after = parseFixture('sarif-fingerprints-shifted.sarif').findings;

  it('are hex strings, distinct even for identical findings in one file', () => {
    for (const finding of before) expect(finding.fingerprint).toMatch(/^[0-9a-f]{16,}$/);
    expect(new Set(before.map((finding) => finding.fingerprint)).size).toBe(before.length);
    const evals = before.filter((finding) => finding.ruleId === 'js/eval');
    expect(evals[0]?.fingerprint).not.toBe(evals[1]?.fingerprint);
  });

  it('survive lines moving, whitespace changing and unrelated findings appearing', () => {
    const print = (findings: Finding[]) =>
      findings.map((finding) => `${finding.ruleId} ${finding.fingerprint}`);
    expect(print(after.slice(1))).toEqual(print(before));
    expect(after[1]?.line).toBe(30);
  });

  it('change when the code does', () => {
    const changed = parseSast(
      readFileSync(new URL('sarif-fingerprints.sarif', fixtures), 'utf8').replaceAll(
        'eval(input);',
        'eval(other);',
      ),
      'changed.sarif',
    ).findings;
    expect(changed[1]?.fingerprint).not.toBe(before[1]?.fingerprint);
    expect(changed[0]?.fingerprint).toBe(before[0]?.fingerprint);
  });
});

describe('confidence and CWE ids', () => {
  const report = parseSast(
    readFileSync(new URL('../fixtures/cli/sast/codeql.sarif', import.meta.url), 'utf8'),
    'codeql.sarif',
  );

  it('reads precision as confidence (very-high counts as high) and CodeQL CWE tags as CWE ids', () => {
    expect(report.findings.map((finding) => [finding.ruleId, finding.confidence, finding.cwes])).toEqual([
      ['js/sql-injection', 'high', ['CWE-89']],
      ['js/path-injection', 'high', ['CWE-22']],
      ['js/unused-local-variable', 'high', []],
    ]);
  });

  it('identifies a finding by its partialFingerprints when it has some', () => {
    expect(report.findings[0]?.identity).toBe('tool:primaryLocationLineHash=3f1a9c2e77d01b5a:1');
  });
});
