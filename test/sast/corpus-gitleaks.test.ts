import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/core/model/severity.js';
import { gitleaksParser } from '../../src/core/sast/parsers/gitleaks-parser.js';
import { trivyParser } from '../../src/core/sast/parsers/trivy-parser.js';
import type { ParsedFinding } from '../../src/core/sast/sast-parser.js';
import { corpusNames, hasCorpus, manifestNotes, noticeIfNoCorpus, readCorpus } from '../support/corpus.js';

// Real gitleaks reports from ../shared/corpus (present in CI), read in place: never copied into the project.
noticeIfNoCorpus('gitleaks');

const read = readCorpus;
const filesOf = corpusNames;

type Raw = Record<string, unknown>;
const emptyCounts = (): Record<Severity, number> => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

/** The published mapping, walked over the raw array: every leak is one open critical finding. */
function referenceCounts(document: unknown) {
  const leaks = document as Raw[];
  return { findings: leaks.length, open: { ...emptyCounts(), critical: leaks.length }, suppressed: 0 };
}

function countsOf(findings: readonly ParsedFinding[]) {
  const open = emptyCounts();
  for (const finding of findings) if (!finding.suppressed) open[finding.severity]++;
  return {
    findings: findings.length,
    open,
    suppressed: findings.filter((finding) => finding.suppressed).length,
  };
}

/** Every value of a leak that holds or surrounds the secret, in either version. */
const secretValues = (leak: Raw): string[] =>
  ['Secret', 'Match', 'offender', 'line'].map((key) => leak[key]).filter((value): value is string => !!value);

describe.skipIf(!hasCorpus)('SAST corpus: gitleaks JSON', () => {
  const notes = manifestNotes();
  const files = filesOf('gitleaks');
  const raw = (name: string): Raw[] => JSON.parse(read(`gitleaks/${name}`)) as Raw[];
  const foreign = files.filter((name) => /^NOT\b/.test(notes.get(`gitleaks/${name}`) ?? ''));

  it('holds only gitleaks output: no file the manifest marks as something else', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });

  for (const name of files.filter((file) => !foreign.includes(file))) {
    it(`${name}: detected, one complete run, every leak critical, no secret carried`, () => {
      expect(gitleaksParser.detect(raw(name))).toBe(true);
      expect(trivyParser.detect(raw(name))).toBe(false);
      const runs = gitleaksParser.parse(raw(name), name);
      expect(
        runs.map(({ tool, complete, incompleteReason }) => ({ tool, complete, incompleteReason })),
      ).toEqual([{ tool: 'gitleaks', complete: true, incompleteReason: null }]);
      expect(countsOf(runs[0]!.findings)).toEqual(referenceCounts(raw(name)));
      const findingCount = /(\d+) findings/.exec(notes.get(`gitleaks/${name}`) ?? '');
      if (findingCount) expect(runs[0]!.findings).toHaveLength(Number(findingCount[1]));

      const shown = JSON.stringify(runs[0]!.findings);
      for (const value of raw(name).flatMap(secretValues)) expect(shown).not.toContain(value);
      for (const finding of runs[0]!.findings) {
        expect(finding.snippet).toBeNull();
        expect(finding.toolFingerprint).toBeNull();
      }
    });
  }

  it('dd-gitleaks8.json: rule, file, lines and short commit of gitleaks 8 leaks', () => {
    const [run] = gitleaksParser.parse(raw('dd-gitleaks8.json'), 'dd-gitleaks8.json');
    expect(
      run!.findings.map((finding) => [finding.ruleId, finding.path, finding.line, finding.message]),
    ).toEqual([
      ['aws-access-token', '/conf/aws.tf', 2, 'AWS (aws-access-token) in commit 74d5328'],
      ['aws-access-token', '/conf/aws.tf', 2, 'AWS (aws-access-token) in commit 9619c91'],
      ['RSA-PK', 'conf/rsa.pk', 57, 'RSA private key (RSA-PK)'],
      ['generic-api-key', 'tests/api.py', 21, 'Generic API Key (generic-api-key) in commit 69235ea'],
    ]);
  });

  it('dd-gitleaks7.5.json: the same leak in two commits is two findings', () => {
    const [run] = gitleaksParser.parse(raw('dd-gitleaks7.5.json'), 'dd-gitleaks7.5.json');
    expect(run!.findings[0]).toEqual({
      ruleId: 'AWS Access Key',
      severity: 'critical',
      path: 'dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_1_vuln.json',
      line: 13,
      endLine: 13,
      message: 'AWS Access Key in commit 6d12798',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: [],
      toolFingerprint: null,
      snippet: null,
    });
    expect(run!.findings.filter((finding) => finding.ruleId === 'Asymmetric Private Key')).toHaveLength(2);
  });

  it('claims no other SAST report of the corpus', () => {
    const others = [
      'sarif',
      'bandit',
      'semgrep',
      'eslint',
      'npm-audit',
      'trivy',
      'issue-tracker',
      'istanbul-json',
    ]
      .flatMap((family) => filesOf(family).map((name) => `${family}/${name}`))
      .filter((path) => /\.(json|sarif)$/.test(path));
    expect(others.length).toBeGreaterThan(10);
    for (const path of others)
      expect([path, gitleaksParser.detect(JSON.parse(read(path)))]).toEqual([path, false]);
  });
});
