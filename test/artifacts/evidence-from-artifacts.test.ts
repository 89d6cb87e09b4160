import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReport } from '../../src/core/artifacts/classify-report.js';
import { evidenceFromArtifacts } from '../../src/core/artifacts/evidence-from-artifacts.js';
import { rulesFrom } from '../support/builders.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/artifacts/${name}`, import.meta.url), 'utf8');
const artifact = (
  name: string,
  files: Record<string, string>,
  skipped: { path: string; reason: string }[] = [],
) => ({
  name,
  runName: 'CI',
  files: Object.entries(files).map(([path, text]) => ({ path, text })),
  skipped,
});

describe('classifyReport', () => {
  it('recognizes reports by content, whatever their names, and nothing else', () => {
    expect(classifyReport(fixture('cobertura.xml'), 'out/report.data')).toBe('coverage');
    expect(classifyReport(fixture('results.sarif'), 'anything.json')).toBe('sast');
    expect(classifyReport(fixture('test-output.txt'), 'test-output.txt')).toBeNull();
    expect(classifyReport('{"stats": {"tests": 3}}', 'mocha.json')).toBeNull();
    expect(classifyReport('<html><body>report</body></html>', 'index.html')).toBeNull();
    expect(classifyReport('[]', 'gitleaks.json')).toBe('sast');
    expect(classifyReport('[]', 'list.json')).toBeNull();
  });
});

describe('evidenceFromArtifacts', () => {
  const inputs = rulesFrom('gates: []').inputs;

  it('without globs, reads what it recognizes and names files <artifact>/<path>', () => {
    const evidence = evidenceFromArtifacts(
      [
        artifact('reports', {
          'coverage/cobertura.xml': fixture('cobertura.xml'),
          'results.sarif': fixture('results.sarif'),
          'test-output.txt': fixture('test-output.txt'),
        }),
      ],
      inputs,
    );
    expect(evidence.coverage).toMatchObject({ configured: true, problems: [] });
    expect(evidence.coverage.reports.map((report) => report.source)).toEqual([
      'reports/coverage/cobertura.xml',
    ]);
    expect(evidence.sast.reports.map((report) => report.findings.length)).toEqual([1]);
    expect(evidence.trackers.configured).toBe(false);
    expect(evidence.notes).toEqual([
      '1 artifact file(s) are not reports gonogo reads: reports/test-output.txt',
    ]);
  });

  it('with globs, a glob matching nothing and a report that does not parse are problems, not exceptions', () => {
    const globbed = rulesFrom(`
inputs:
  coverage: ["coverage/**/*.xml"]
  sast: ["security/*.sarif"]
gates: []
`).inputs;
    const evidence = evidenceFromArtifacts(
      [artifact('cov', { 'coverage/bad.xml': '<coverage><packages><package' }), artifact('other', {})],
      globbed,
    );
    expect(evidence.coverage.configured).toBe(true);
    expect(evidence.coverage.problems).toHaveLength(1);
    expect(evidence.coverage.problems[0]).toMatch(/^cov\/coverage\/bad\.xml/);
    expect(evidence.sast).toMatchObject({
      configured: true,
      problems: ['no artifact file matches "security/*.sarif"'],
    });
  });

  it('globs also match <artifact>/<path>, and skipped zip entries are noted, capped', () => {
    const globbed = rulesFrom('inputs:\n  sast: ["scan/*.sarif"]\ngates: []\n').inputs;
    const skipped = Array.from({ length: 7 }, (_, index) => ({
      path: `../evil-${index}`,
      reason: 'unsafe path',
    }));
    const evidence = evidenceFromArtifacts(
      [artifact('scan', { 'results.sarif': fixture('results.sarif') }, skipped)],
      globbed,
    );
    expect(evidence.sast.reports).toHaveLength(1);
    expect(evidence.notes.at(-1)).toBe(
      '7 artifact entries were not read: scan/../evil-0 (unsafe path), scan/../evil-1 (unsafe path), scan/../evil-2 (unsafe path), scan/../evil-3 (unsafe path), scan/../evil-4 (unsafe path) and 2 more',
    );
  });
});
