import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/core/model/severity.js';
import { gitleaksParser } from '../../src/core/sast/parsers/gitleaks-parser.js';
import { trivyParser } from '../../src/core/sast/parsers/trivy-parser.js';
import type { ParsedFinding } from '../../src/core/sast/sast-parser.js';
import { corpusNames, hasCorpus, manifestNotes, noticeIfNoCorpus, readCorpus } from '../support/corpus.js';

// Real Trivy reports from ../shared/corpus (present in CI), read in place: never copied into the project.
noticeIfNoCorpus('Trivy');

const read = readCorpus;
const filesOf = corpusNames;

// ---- An independent reference walk over the raw JSON, with the published mapping --------------------------

type Raw = Record<string, unknown>;
const list = (value: unknown): Raw[] => (Array.isArray(value) ? (value as Raw[]) : []);
const emptyCounts = (): Record<Severity, number> => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });

/** CRITICAL, HIGH, MEDIUM, LOW as themselves, UNKNOWN as info. */
const severityOf = (word: unknown): Severity => {
  const lower = String(word).toLowerCase();
  return lower === 'unknown' ? 'info' : (lower as Severity);
};

function referenceCounts(document: unknown): {
  findings: number;
  open: Record<Severity, number>;
  suppressed: number;
} {
  const expected = { findings: 0, open: emptyCounts(), suppressed: 0 };
  const results = Array.isArray(document) ? list(document) : list((document as Raw).Results);
  for (const result of results) {
    const open = [
      ...list(result.Vulnerabilities),
      ...list(result.Misconfigurations).filter((check) => (check.Status ?? 'FAIL') === 'FAIL'),
      ...list(result.Secrets),
    ];
    for (const finding of open) expected.open[severityOf(finding.Severity)]++;
    const excepted = list(result.Misconfigurations).filter((check) => check.Status === 'EXCEPTION');
    const modified = list(result.ExperimentalModifiedFindings).filter((entry) => entry.Type !== 'license');
    expected.suppressed += excepted.length + modified.length;
    expected.findings += open.length + excepted.length + modified.length;
  }
  return expected;
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

// ---- Trivy ---------------------------------------------------------------------------------------------------

describe.skipIf(!hasCorpus)('SAST corpus: Trivy JSON', () => {
  const notes = manifestNotes();
  const files = filesOf('trivy');
  const raw = (name: string): unknown => JSON.parse(read(`trivy/${name}`));
  const foreign = files.filter((name) => /^NOT\b/.test(notes.get(`trivy/${name}`) ?? ''));

  it('holds only Trivy output: no file the manifest marks as something else', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });

  for (const name of files.filter((file) => !foreign.includes(file))) {
    it(`${name}: detected, one complete run, counts per severity match the raw records`, () => {
      expect(trivyParser.detect(raw(name))).toBe(true);
      expect(gitleaksParser.detect(raw(name))).toBe(false);
      const runs = trivyParser.parse(raw(name), name);
      expect(
        runs.map(({ tool, complete, incompleteReason }) => ({ tool, complete, incompleteReason })),
      ).toEqual([{ tool: 'Trivy', complete: true, incompleteReason: null }]);
      expect(countsOf(runs[0]!.findings)).toEqual(referenceCounts(raw(name)));
      for (const finding of runs[0]!.findings) {
        expect(finding.message.trim()).not.toBe('');
        if (finding.line !== null) expect(finding.endLine ?? 0).toBeGreaterThanOrEqual(finding.line);
      }
    });
  }

  it('dd-trivy-schema2.json: image vulnerabilities under the image target', () => {
    const [run] = trivyParser.parse(raw('dd-trivy-schema2.json'), 'dd-trivy-schema2.json');
    expect(countsOf(run!.findings).open).toEqual({ critical: 1, high: 1, medium: 3, low: 0, info: 0 });
    expect(run!.findings.find((finding) => finding.ruleId === 'CVE-2019-12900')).toMatchObject({
      severity: 'critical',
      path: 'teamdojo:latest (alpine 3.9.4)',
      line: null,
      message: 'libbz2 1.0.6-r6: bzip2: out-of-bounds write in function BZ2_decompress (fixed in 1.0.6-r7)',
      cwes: ['CWE-787'],
    });
    expect(run!.findings.find((finding) => finding.ruleId === 'CVE-2018-1324')).toMatchObject({
      path: 'app/libs/commons-compress-1.14.jar',
      // The title's double space is collapsed.
      message:
        'org.apache.commons:commons-compress 1.14: apache-commons-compress: Infinite loop via extra field parser in ZipFile and ZipArchiveInputStream classes (fixed in 1.16)',
    });
  });

  it('dd-trivy-misconfig-secrets.json: a vulnerability, a failed check and masked secrets', () => {
    const [run] = trivyParser.parse(
      raw('dd-trivy-misconfig-secrets.json'),
      'dd-trivy-misconfig-secrets.json',
    );
    expect(
      run!.findings.map((finding) => [finding.ruleId, finding.severity, finding.path, finding.line]),
    ).toEqual([
      ['CVE-2021-33503', 'high', 'requirements.txt', null],
      ['CVE-2021-28363', 'medium', 'requirements.txt', null],
      ['DS002', 'high', 'Dockerfile', null],
      ['github-pat', 'critical', 'Dockerfile', 24],
      ['github-pat', 'critical', 'secret.txt', 1],
    ]);
    expect(run!.findings[2]?.message).toBe(
      "Image user should not be 'root': Specify at least 1 USER command in Dockerfile with non-root user as argument",
    );
    expect(run!.findings[3]?.message).toBe('GitHub Personal Access Token');
    expect(JSON.stringify(run!.findings)).not.toContain('GITHUB_PAT');
  });

  it('claims no other SAST report of the corpus', () => {
    const others = [
      'sarif',
      'bandit',
      'semgrep',
      'eslint',
      'npm-audit',
      'gitleaks',
      'issue-tracker',
      'istanbul-json',
    ]
      .flatMap((family) => filesOf(family).map((name) => `${family}/${name}`))
      .filter((path) => /\.(json|sarif)$/.test(path));
    expect(others.length).toBeGreaterThan(10);
    for (const path of others)
      expect([path, trivyParser.detect(JSON.parse(read(path)))]).toEqual([path, false]);
  });
});
