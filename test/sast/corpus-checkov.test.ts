import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/core/model/severity.js';
import type { Severity } from '../../src/core/model/severity.js';
import { checkovParser } from '../../src/core/sast/parsers/checkov-parser.js';
import { corpus, corpusPaths, hasCorpus, noticeIfNoCorpus, rawCorpusJson } from '../support/corpus.js';

// Real reports from ../shared/corpus (present in CI), read in place: never copied into the project.
// The corpus has no Checkov family yet: the suite checks that no other report is taken for Checkov's, and reads
// a `checkov/` family with the reference walk below once one is added.
noticeIfNoCorpus('Checkov');

const filesOf = corpusPaths;
const raw = rawCorpusJson;

// ---- An independent reference walk over the raw JSON, with the published mapping --------------------------

// Checkov's SARIF output: severity → level (critical/high → error, medium → warning, low → note, none → none), and
// level error for a failed check without severity; gonogo reads those levels as high, medium, low, info.
const PUBLISHED: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  IMPORTANT: 'high',
  MEDIUM: 'medium',
  MODERATE: 'medium',
  LOW: 'low',
  INFO: 'info',
  NONE: 'info',
};

interface RawFramework {
  results?: { failed_checks?: { severity?: string | null }[]; skipped_checks?: unknown[] };
}

function referenceCounts(document: unknown): { findings: number; open: Record<Severity, number> } {
  const frameworks = (Array.isArray(document) ? document : [document]) as RawFramework[];
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let findings = 0;
  for (const framework of frameworks) {
    for (const check of framework.results?.failed_checks ?? []) {
      open[check.severity ? (PUBLISHED[check.severity.toUpperCase()] as Severity) : 'high']++;
      findings++;
    }
    findings += framework.results?.skipped_checks?.length ?? 0;
  }
  return { findings, open };
}

describe.skipIf(!hasCorpus)('Checkov corpus', () => {
  for (const path of filesOf('checkov')) {
    it(`${path}: detected, and findings and open counts per severity match the raw records`, () => {
      const document = raw(path);
      expect(checkovParser.detect(document)).toBe(true);
      const findings = checkovParser.parse(document, path).flatMap((run) => run.findings);
      const expected = referenceCounts(document);
      const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
      for (const finding of findings.filter((f) => !f.suppressed)) open[finding.severity]++;
      expect(findings).toHaveLength(expected.findings);
      expect(open).toEqual(expected.open);
    });
  }

  it('claims no report of another family', () => {
    const families = readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'checkov')
      .map((entry) => entry.name);
    const reports = families.flatMap(filesOf).filter((path) => /\.(json|sarif)$/.test(path));
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.filter((path) => checkovParser.detect(raw(path)))).toEqual([]);
  });
});
