import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReport } from '../../src/core/artifacts/classify-report.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/artifacts/${name}`, import.meta.url), 'utf8');

describe('classifyReport', () => {
  it.each([
    ['cobertura.xml', 'coverage'],
    ['lcov.info', 'coverage'],
    ['results.sarif', 'sast'],
    ['semgrep.json', 'sast'],
  ])('recognizes %s by its content, whatever its name', (name, kind) => {
    expect(classifyReport(fixture(name), 'out/report.data')).toBe(kind);
  });

  it.each(['test-output.txt', 'README.md', 'index.html', 'junit.xml', 'READINESS.md'])(
    'leaves %s out: it is no coverage or SAST report',
    (name) => {
      expect(classifyReport(fixture(name), name)).toBeNull();
    },
  );

  it('reads JSON that is no report, malformed JSON and binary noise as nothing', () => {
    expect(classifyReport('{"stats": {"tests": 3, "passes": 3}}', 'mocha.json')).toBeNull();
    expect(classifyReport('{"results": [', 'semgrep.json')).toBeNull();
    expect(classifyReport('\u0089PNG\r\n\u001a\n\u0000\u0000', 'screenshot.png')).toBeNull();
    expect(classifyReport('', 'empty.json')).toBeNull();
  });

  it('takes a UTF-8 byte-order mark in stride', () => {
    expect(classifyReport(`\ufeff${fixture('semgrep.json')}`, 'semgrep.json')).toBe('sast');
    expect(classifyReport(`\ufeff${fixture('cobertura.xml')}`, 'coverage.xml')).toBe('coverage');
  });

  it('counts an empty JSON array as SAST only when its name points to a tool that prints one', () => {
    expect(classifyReport('[]', 'security/gitleaks-report.json')).toBe('sast');
    expect(classifyReport('[ ]\n', 'trivy.json')).toBe('sast');
    expect(classifyReport('[]', 'eslint.json')).toBe('sast');
    expect(classifyReport('[]', 'flaky-tests.json')).toBeNull();
    // The directory does not name the tool: only the file does.
    expect(classifyReport('[]', 'eslint/list.json')).toBeNull();
  });

  it('keeps a corrupt .sarif file as SAST, so its parse error reaches the gates', () => {
    expect(classifyReport('{"version": "2.1.0", "runs": [', 'codeql/results.sarif')).toBe('sast');
  });
});
