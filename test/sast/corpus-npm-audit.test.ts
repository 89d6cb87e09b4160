import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/core/model/severity.js';
import type { Severity } from '../../src/core/model/severity.js';
import { npmAuditParser } from '../../src/core/sast/parsers/npm-audit-parser.js';
import type { ParsedFinding } from '../../src/core/sast/sast-parser.js';
import { corpusPaths, hasCorpus, noticeIfNoCorpus, rawCorpusJson } from '../support/corpus.js';

noticeIfNoCorpus('npm audit');

const filesOf = corpusPaths;
const raw = rawCorpusJson;

// ---- An independent reference walk over the raw JSON, with the published mapping --------------------------

/** npm's words onto gonogo's: the same but for moderate. */
const PUBLISHED: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low',
  info: 'info',
};

const zero = (): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

interface RawReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { severity: string }>;
  advisories?: Record<string, { severity: string; findings: { paths: string[] }[] }>;
  metadata: { vulnerabilities: Record<string, number> };
}

/** One finding per `vulnerabilities` entry (npm 7+) or per advisory (npm 6). */
function referenceCounts(report: RawReport): { findings: number; open: Record<Severity, number> } {
  const entries = Object.values(report.vulnerabilities ?? report.advisories ?? {});
  const open = zero();
  for (const entry of entries) open[PUBLISHED[entry.severity] as Severity]++;
  return { findings: entries.length, open };
}

/** npm's own `metadata.vulnerabilities`, on gonogo's scale. */
function metadataCounts(report: RawReport): Record<Severity, number> {
  const counts = zero();
  for (const [word, count] of Object.entries(report.metadata.vulnerabilities)) {
    if (word !== 'total') counts[PUBLISHED[word] as Severity] += count;
  }
  return counts;
}

function openCounts(findings: readonly ParsedFinding[]): Record<Severity, number> {
  const open = zero();
  for (const finding of findings.filter((f) => !f.suppressed)) open[finding.severity]++;
  return open;
}

describe.skipIf(!hasCorpus)('npm audit corpus', () => {
  for (const path of filesOf('npm-audit')) {
    it(`${path}: detected, and findings and open counts per severity match the raw records`, () => {
      const document = raw(path);
      expect(npmAuditParser.detect(document)).toBe(true);
      const runs = npmAuditParser.parse(document, path);
      const expected = referenceCounts(document as RawReport);
      const findings = runs.flatMap((run) => run.findings);

      expect(runs.map((run) => [run.tool, run.complete])).toEqual([['npm audit', true]]);
      expect(findings).toHaveLength(expected.findings);
      expect(openCounts(findings)).toEqual(expected.open);
      for (const finding of findings) {
        expect(finding.message.trim()).not.toBe('');
        expect(finding.ruleId).toMatch(/^(GHSA-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}|npm:\d+|transitive:.+)$/);
      }
    });
  }

  it('dd-npm7-audit-many.json: counts agree with npm’s own metadata.vulnerabilities', () => {
    const document = raw('npm-audit/dd-npm7-audit-many.json') as RawReport;
    const findings = npmAuditParser.parse(document, 'dd-npm7-audit-many.json').flatMap((run) => run.findings);
    expect(openCounts(findings)).toEqual(metadataCounts(document));
    expect(findings).toHaveLength(document.metadata.vulnerabilities.total ?? -1);
  });

  it('dd-npm7-audit-many.json: a package with an advisory, and one only vulnerable through others', () => {
    const findings = npmAuditParser
      .parse(raw('npm-audit/dd-npm7-audit-many.json'), 'dd-npm7-audit-many.json')
      .flatMap((run) => run.findings);
    expect(findings.find((f) => f.toolFingerprint === 'package=debug')).toEqual({
      ruleId: 'GHSA-gxpj-cx7g-858c',
      severity: 'medium',
      path: null,
      line: null,
      endLine: null,
      message:
        'debug 4.0.0 - 4.3.0: Regular Expression Denial of Service in debug (fix: vercel@32.3.0, semver-major)',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: ['CWE-400'],
      toolFingerprint: 'package=debug',
      snippet: null,
    });
    expect(findings.find((f) => f.toolFingerprint === 'package=@vercel/fun')).toMatchObject({
      ruleId: 'transitive:debug',
      severity: 'medium',
      message: '@vercel/fun <=1.1.0: vulnerable through debug, semver (fix: vercel@32.3.0, semver-major)',
    });
  });

  it('dd-npm6-audit-many.json: one finding per advisory; npm 6 metadata counts dependency paths instead', () => {
    const document = raw('npm-audit/dd-npm6-audit-many.json') as RawReport;
    const findings = npmAuditParser.parse(document, 'dd-npm6-audit-many.json').flatMap((run) => run.findings);
    const paths = zero();
    for (const advisory of Object.values(document.advisories ?? {})) {
      const count = advisory.findings.reduce((sum, finding) => sum + finding.paths.length, 0);
      paths[PUBLISHED[advisory.severity] as Severity] += count;
    }
    expect(paths).toEqual(metadataCounts(document));
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['npm:106', 'high'],
      ['npm:521', 'high'],
      ['npm:526', 'high'],
      ['npm:534', 'low'],
      ['npm:535', 'medium'],
    ]);
    expect(findings[2]).toMatchObject({
      message: 'fresh 0.3.0: Regular Expression Denial of Service (vulnerable: < 0.5.2; fixed in: >= 0.5.2)',
      cwes: ['CWE-400'],
      toolFingerprint: 'package=fresh',
    });
    // `"cwe": "CWE-"` names no CWE.
    expect(findings[4]?.cwes).toEqual([]);
  });
});
