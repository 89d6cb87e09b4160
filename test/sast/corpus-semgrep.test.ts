import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/core/model/severity.js';
import type { Severity } from '../../src/core/model/severity.js';
import { semgrepParser } from '../../src/core/sast/parsers/semgrep-parser.js';
import { corpus, corpusPaths, hasCorpus, noticeIfNoCorpus, rawCorpusJson } from '../support/corpus.js';

noticeIfNoCorpus('Semgrep');

const filesOf = corpusPaths;
const raw = rawCorpusJson;

/** Not CLI output (MANIFEST.tsv): Semgrep Cloud's deployments API, `{vulns, hasMore, cursor}`. */
const NOT_CLI_OUTPUT = ['semgrep/dd-semgrep-sca.json'];

// ---- An independent reference walk over the raw JSON, with the published mapping --------------------------

const PUBLISHED: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  ERROR: 'high',
  MEDIUM: 'medium',
  WARNING: 'medium',
  LOW: 'low',
  INFO: 'low',
  EXPERIMENT: 'info',
  INVENTORY: 'info',
};

interface Expected {
  findings: number;
  open: Record<Severity, number>;
  suppressed: number;
  complete: boolean;
}

function referenceCounts(document: unknown): Expected {
  const { results, errors } = document as {
    results: { extra: { severity: string; is_ignored?: boolean } }[];
    errors: unknown[];
  };
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let suppressed = 0;
  for (const { extra } of results) {
    if (extra.is_ignored === true) suppressed++;
    else open[PUBLISHED[extra.severity.toUpperCase()] as Severity]++;
  }
  return { findings: results.length, open, suppressed, complete: errors.length === 0 };
}

describe.skipIf(!hasCorpus)('Semgrep corpus', () => {
  for (const path of filesOf('semgrep').filter((file) => !NOT_CLI_OUTPUT.includes(file))) {
    it(`${path}: detected, and findings and open counts per severity match the raw records`, () => {
      const document = raw(path);
      expect(semgrepParser.detect(document)).toBe(true);
      const runs = semgrepParser.parse(document, path);
      const expected = referenceCounts(document);
      const findings = runs.flatMap((run) => run.findings);
      const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
      for (const finding of findings.filter((f) => !f.suppressed)) open[finding.severity]++;

      expect(runs.map((run) => [run.tool, run.complete])).toEqual([['Semgrep', expected.complete]]);
      expect(findings).toHaveLength(expected.findings);
      expect(open).toEqual(expected.open);
      expect(findings.filter((f) => f.suppressed)).toHaveLength(expected.suppressed);
      for (const finding of findings) {
        expect(finding.message.trim()).not.toBe('');
        if (finding.line !== null) expect(finding.endLine ?? 0).toBeGreaterThanOrEqual(finding.line);
      }
    });
  }

  it('semgrep/dd-semgrep-sca.json: a Semgrep Cloud API dump, not CLI output, is not claimed', () => {
    expect(semgrepParser.detect(raw('semgrep/dd-semgrep-sca.json'))).toBe(false);
  });

  it('semgrep/dd-semgrep-empty.json: no results, no errors: a complete run without findings', () => {
    expect(semgrepParser.parse(raw('semgrep/dd-semgrep-empty.json'), 'dd-semgrep-empty.json')).toEqual([
      { tool: 'Semgrep', complete: true, incompleteReason: null, findings: [] },
    ]);
  });

  it('semgrep/dd-semgrep-1.30.json: a match as a user sees it', () => {
    const [run] = semgrepParser.parse(raw('semgrep/dd-semgrep-1.30.json'), 'dd-semgrep-1.30.json');
    expect(run?.findings).toHaveLength(5);
    expect(run?.findings[0]).toMatchObject({
      ruleId: 'go.lang.security.audit.net.formatted-template-string.formatted-template-string',
      severity: 'medium',
      path: 'test.go',
      line: 27,
      endLine: 30,
      confidence: 'medium',
      cwes: ['CWE-79'],
      suppressed: false,
      snippet: expect.stringMatching(/^ {4}tmpl := "<html><body><h1>" \+ customerId/),
      toolFingerprint: expect.stringMatching(/^matchBasedId\/v1=f900d4624c2a2c2c[0-9a-f]+_0$/),
    });
    expect(run?.findings[0]?.message).toMatch(
      /^Found a formatted template string passed to 'template\.HTML\(\)'\./,
    );
    expect(run?.findings.map((f) => f.line)).toEqual([27, 54, 61, 67, 77]);
  });

  it('claims no report of another family', () => {
    const families = readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'semgrep')
      .map((entry) => entry.name);
    const claimed = families
      .flatMap(filesOf)
      .filter((path) => /\.(json|sarif)$/.test(path))
      .filter((path) => semgrepParser.detect(raw(path)));
    expect(claimed).toEqual([]);
  });
});
