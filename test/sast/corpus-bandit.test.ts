import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/core/model/severity.js';
import type { Severity } from '../../src/core/model/severity.js';
import { banditParser } from '../../src/core/sast/parsers/bandit-parser.js';
import { corpus, corpusPaths, hasCorpus, noticeIfNoCorpus, rawCorpusJson } from '../support/corpus.js';

noticeIfNoCorpus('Bandit');

const filesOf = corpusPaths;
const raw = rawCorpusJson;

// ---- An independent reference walk over the raw JSON, with the published mapping --------------------------

const PUBLISHED: Record<string, Severity> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'info' };

interface RawReport {
  results: { issue_severity: string }[];
  errors: unknown[];
  metrics: { _totals: Record<string, number> };
}

function referenceCounts(document: RawReport): { open: Record<Severity, number>; complete: boolean } {
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const result of document.results) open[PUBLISHED[result.issue_severity.toUpperCase()] as Severity]++;
  return { open, complete: document.errors.length === 0 };
}

const countOpen = (severities: Severity[]): Record<Severity, number> => {
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const severity of severities) open[severity]++;
  return open;
};

describe.skipIf(!hasCorpus)('Bandit corpus', () => {
  for (const path of filesOf('bandit')) {
    it(`${path}: detected, and findings and open counts per severity match the raw records`, () => {
      const document = raw(path) as RawReport;
      expect(banditParser.detect(document)).toBe(true);
      const runs = banditParser.parse(document, path);
      const findings = runs.flatMap((run) => run.findings);
      const expected = referenceCounts(document);

      expect(runs.map((run) => [run.tool, run.complete])).toEqual([['Bandit', expected.complete]]);
      expect(findings).toHaveLength(document.results.length);
      expect(findings.filter((f) => f.suppressed)).toEqual([]);
      const open = countOpen(findings.map((f) => f.severity));
      expect(open).toEqual(expected.open);
      // Bandit's own totals, a second independent count of the same issues.
      const totals = document.metrics._totals;
      expect([open.high, open.medium, open.low, open.info]).toEqual(
        ['HIGH', 'MEDIUM', 'LOW', 'UNDEFINED'].map((word) => totals[`SEVERITY.${word}`]),
      );
      for (const finding of findings) {
        expect(finding.path).not.toMatch(/\\/);
        expect(finding.message.trim()).not.toBe('');
        if (finding.line !== null) expect(finding.endLine ?? 0).toBeGreaterThanOrEqual(finding.line);
      }
    });
  }

  it('bandit/dd-bandit-one.json: an issue as a user sees it', () => {
    const [run] = banditParser.parse(raw('bandit/dd-bandit-one.json'), 'dd-bandit-one.json');
    expect(run?.findings).toEqual([
      {
        ruleId: 'B101',
        severity: 'low',
        path: 'one/one.py',
        line: 2,
        endLine: 2,
        message:
          'Use of assert detected. The enclosed code will be removed when compiling to optimised byte code.',
        suppressed: false,
        baselineState: null,
        confidence: 'high',
        cwes: [],
        toolFingerprint: null,
        snippet: 'assert False',
      },
    ]);
  });

  it('bandit/dd-bandit-many.json: Windows paths, multi-line ranges, hardcoded passwords withheld', () => {
    const [run] = banditParser.parse(raw('bandit/dd-bandit-many.json'), 'dd-bandit-many.json');
    expect(run?.findings[0]).toMatchObject({
      ruleId: 'B110',
      severity: 'low',
      path: 'dojo/benchmark/views.py',
      line: 26,
      endLine: 27,
      message: 'Try, Except, Pass detected.',
      snippet: '    except:\n        pass',
    });
    const passwords = run?.findings.filter((f) => f.ruleId === 'B105') ?? [];
    expect(passwords.map((f) => `${f.path}:${f.line}`)).toEqual([
      'dojo/models.py:2392',
      'dojo/models.py:2394',
      'dojo/okta.py:36',
      'dojo/okta.py:69',
    ]);
    for (const finding of passwords)
      expect(finding.message).toBe('Possible hardcoded password (value withheld)');
  });

  it('bandit/dd-bandit-none.json: no results, no errors: a complete run without findings', () => {
    expect(banditParser.parse(raw('bandit/dd-bandit-none.json'), 'dd-bandit-none.json')).toEqual([
      { tool: 'Bandit', complete: true, incompleteReason: null, findings: [] },
    ]);
  });

  it('claims no report of another family', () => {
    const families = readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'bandit')
      .map((entry) => entry.name);
    const claimed = families
      .flatMap(filesOf)
      .filter((path) => /\.(json|sarif)$/.test(path))
      .filter((path) => banditParser.detect(raw(path)));
    expect(claimed).toEqual([]);
  });
});
