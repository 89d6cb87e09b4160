import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { evidenceFromArtifacts } from '../../src/core/artifacts/evidence-from-artifacts.js';
import type { ArtifactContent } from '../../src/core/artifacts/evidence-from-artifacts.js';
import { readZipReports } from '../../src/core/artifacts/read-zip-reports.js';
import { DEFAULT_ZIP_LIMITS } from '../../src/core/artifacts/zip-limits.js';
import { rulesFrom } from '../support/builders.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/artifacts/${name}`, import.meta.url), 'utf8');
const artifact = (
  name: string,
  files: Record<string, string>,
  skipped: { path: string; reason: string }[] = [],
  runName = 'CI',
): ArtifactContent => ({
  name,
  runName,
  files: Object.entries(files).map(([path, text]) => ({ path, text })),
  skipped,
});
const inputsOf = (yaml: string) => rulesFrom(`${yaml}\ngates: []\n`).inputs;
const NO_INPUTS = inputsOf('');
const sources = (family: { reports: readonly { source: string }[] }) =>
  family.reports.map((report) => report.source);

describe('evidenceFromArtifacts without inputs globs', () => {
  it('reads the reports it recognizes by content, names them <artifact>/<path>, and notes the rest', () => {
    const evidence = evidenceFromArtifacts(
      [
        artifact('reports', {
          'test-output.txt': fixture('test-output.txt'),
          'semgrep.json': fixture('semgrep.json'),
          'coverage/cobertura.xml': fixture('cobertura.xml'),
          'README.md': fixture('README.md'),
          'results.sarif': fixture('results.sarif'),
          'coverage/lcov.info': fixture('lcov.info'),
          'coverage/index.html': fixture('index.html'),
        }),
      ],
      NO_INPUTS,
    );
    expect(evidence.coverage).toMatchObject({ configured: true, requested: [], problems: [] });
    expect(sources(evidence.coverage)).toEqual([
      'reports/coverage/cobertura.xml',
      'reports/coverage/lcov.info',
    ]);
    expect(evidence.sast).toMatchObject({ configured: true, requested: [], problems: [] });
    expect(sources(evidence.sast)).toEqual(['reports/results.sarif', 'reports/semgrep.json']);
    expect(
      evidence.sast.reports.flatMap((report) => report.findings.map((finding) => finding.ruleId)),
    ).toEqual(['js/sql-injection', 'javascript.express.security.audit.xss.direct-response-write']);
    expect(evidence.trackers).toEqual({ configured: false, requested: [], reports: [], problems: [] });
    expect(evidence.notes).toEqual([
      '3 artifact file(s) are not reports gonogo reads: reports/README.md, reports/coverage/index.html, reports/test-output.txt',
    ]);
  });

  it('leaves a family not configured when no artifact holds a report of it (its gates are not applicable)', () => {
    const evidence = evidenceFromArtifacts(
      [
        artifact('logs', {
          'test-output.txt': fixture('test-output.txt'),
          'junit.xml': fixture('junit.xml'),
        }),
      ],
      NO_INPUTS,
    );
    expect(evidence.coverage.configured).toBe(false);
    expect(evidence.sast.configured).toBe(false);
    expect(evidence.notes).toEqual([
      '2 artifact file(s) are not reports gonogo reads: logs/junit.xml, logs/test-output.txt',
    ]);
  });

  it('turns a recognized report that does not parse into a problem, and still reads the others', () => {
    const evidence = evidenceFromArtifacts(
      [
        artifact('codeql', { 'results.sarif': '{"version": "2.1.0", "runs": [{"tool": ' }),
        artifact('semgrep', { 'semgrep.json': fixture('semgrep.json') }),
      ],
      NO_INPUTS,
    );
    expect(evidence.sast.configured).toBe(true);
    expect(sources(evidence.sast)).toEqual(['semgrep/semgrep.json']);
    expect(evidence.sast.problems).toHaveLength(1);
    expect(evidence.sast.problems[0]).toMatch(/^codeql\/results\.sarif(:\d+(:\d+)?)?: /);
  });

  it('orders reports by artifact as given, then by path, whatever the order inside the zips', () => {
    const evidence = evidenceFromArtifacts(
      [
        artifact('web', { 'z/lcov.info': fixture('lcov.info'), 'a/lcov.info': fixture('lcov.info') }),
        artifact('api', { 'cobertura.xml': fixture('cobertura.xml') }),
      ],
      NO_INPUTS,
    );
    expect(sources(evidence.coverage)).toEqual(['web/a/lcov.info', 'web/z/lcov.info', 'api/cobertura.xml']);
  });

  it('tells apart artifacts of the same name uploaded by two workflows', () => {
    const evidence = evidenceFromArtifacts(
      [
        artifact('coverage', { 'lcov.info': fixture('lcov.info') }, [], 'Web'),
        artifact('coverage', { 'lcov.info': fixture('lcov.info') }, [], 'API'),
      ],
      NO_INPUTS,
    );
    expect(sources(evidence.coverage)).toEqual(['coverage (Web)/lcov.info', 'coverage (API)/lcov.info']);
  });
});

describe('evidenceFromArtifacts with inputs globs', () => {
  it('reads exactly the files the globs match; a glob matching nothing and a report that does not parse are problems, not exceptions', () => {
    const inputs = inputsOf('inputs:\n  coverage: ["coverage/**/*.xml"]\n  sast: ["security/*.sarif"]');
    const evidence = evidenceFromArtifacts(
      [
        artifact('cov', {
          'coverage/bad.xml': '<coverage><packages><package',
          'coverage/good/cobertura.xml': fixture('cobertura.xml'),
        }),
        artifact('other', { 'results.sarif': fixture('results.sarif') }),
      ],
      inputs,
    );
    expect(evidence.coverage.configured).toBe(true);
    expect(evidence.coverage.requested).toEqual(['coverage/**/*.xml']);
    expect(sources(evidence.coverage)).toEqual(['cov/coverage/good/cobertura.xml']);
    expect(evidence.coverage.problems).toHaveLength(1);
    expect(evidence.coverage.problems[0]).toMatch(/^cov\/coverage\/bad\.xml(:\d+(:\d+)?)?: /);
    // other/results.sarif is a SAST report, but not in security/: the globs decide, and the note says so.
    expect(evidence.sast).toEqual({
      configured: true,
      requested: ['security/*.sarif'],
      reports: [],
      problems: ['no artifact file matches "security/*.sarif"'],
    });
    expect(evidence.notes).toEqual([
      '1 SAST report(s) not read, not matched by inputs.sast: other/results.sarif',
    ]);
  });

  it('matches globs against <artifact>/<path> as well as the path in the zip', () => {
    const inputs = inputsOf('inputs:\n  sast: ["codeql/*.sarif"]\n  coverage: ["**/lcov.info"]');
    const evidence = evidenceFromArtifacts(
      [
        artifact('codeql', { 'results.sarif': fixture('results.sarif') }),
        artifact('semgrep', { 'results.sarif': fixture('results.sarif') }),
        artifact('web', { 'coverage/lcov.info': fixture('lcov.info') }),
      ],
      inputs,
    );
    expect(sources(evidence.sast)).toEqual(['codeql/results.sarif']);
    expect(sources(evidence.coverage)).toEqual(['web/coverage/lcov.info']);
  });

  it('reads tracker files only through globs, and keeps a file a glob claims out of detection by the others', () => {
    const files = {
      'READINESS.md': fixture('READINESS.md'),
      'cobertura.xml': fixture('cobertura.xml'),
    };
    expect(evidenceFromArtifacts([artifact('docs', files)], NO_INPUTS).trackers.configured).toBe(false);

    const inputs = inputsOf('inputs:\n  trackers: ["docs/*.md"]\n  sast: ["**/*.xml"]');
    const evidence = evidenceFromArtifacts([artifact('docs', files)], inputs);
    expect(sources(evidence.trackers)).toEqual(['docs/READINESS.md']);
    expect(evidence.trackers.reports[0]?.items.map((item) => item.title)).toEqual([
      'Secrets live in the vault',
      'Pen test of the checkout (P1)',
    ]);
    // The SAST glob claims cobertura.xml: it fails as SAST, and coverage detection does not read it too.
    expect(evidence.sast.problems).toHaveLength(1);
    expect(evidence.sast.problems[0]).toMatch(/^docs\/cobertura\.xml: /);
    expect(evidence.coverage.configured).toBe(false);
  });
});

describe('evidenceFromArtifacts notes on zip entries', () => {
  it('names the entries readZipReports skipped, not the directories, and caps the list', () => {
    const zip = zipSync({
      'reports/': {},
      'reports/lcov.info': strToU8(fixture('lcov.info')),
      '../escape.txt': strToU8('x'),
      'screenshot.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    });
    const { files, skipped } = readZipReports(zip, DEFAULT_ZIP_LIMITS, 'artifact e2e');
    const evidence = evidenceFromArtifacts([{ name: 'e2e', runName: 'CI', files, skipped }], NO_INPUTS);
    expect(sources(evidence.coverage)).toEqual(['e2e/reports/lcov.info']);
    expect(evidence.notes).toHaveLength(1);
    expect(evidence.notes[0]).toMatch(
      /^2 artifact entries were not read: e2e\/\S*escape\.txt \(.+\), e2e\/screenshot\.png \(binary/,
    );
    expect(evidence.notes[0]).not.toContain('a directory');

    const many = Array.from({ length: 7 }, (_, index) => ({
      path: `../evil-${index}`,
      reason: 'unsafe path',
    }));
    const capped = evidenceFromArtifacts([artifact('scan', {}, many)], NO_INPUTS);
    expect(capped.notes).toEqual([
      '7 artifact entries were not read: scan/../evil-0 (unsafe path), scan/../evil-1 (unsafe path), scan/../evil-2 (unsafe path), scan/../evil-3 (unsafe path), scan/../evil-4 (unsafe path) and 2 more',
    ]);
  });

  it('caps the list of files that are not reports', () => {
    const pages = Object.fromEntries(
      Array.from({ length: 120 }, (_, index) => [
        `html/page-${String(index).padStart(3, '0')}.html`,
        '<html></html>',
      ]),
    );
    const evidence = evidenceFromArtifacts([artifact('site', pages)], NO_INPUTS);
    expect(evidence.notes).toEqual([
      '120 artifact file(s) are not reports gonogo reads: site/html/page-000.html, site/html/page-001.html, site/html/page-002.html, site/html/page-003.html, site/html/page-004.html and 115 more',
    ]);
  });
});
