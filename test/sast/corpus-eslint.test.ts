import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/core/model/severity.js';
import type { Severity } from '../../src/core/model/severity.js';
import { eslintParser } from '../../src/core/sast/parsers/eslint-parser.js';
import { corpusPaths, hasCorpus, noticeIfNoCorpus, rawCorpusJson } from '../support/corpus.js';

noticeIfNoCorpus('ESLint');

const filesOf = corpusPaths;
const raw = rawCorpusJson;

/** `[\n  \n]`: what `eslint -f json` prints for no files. An empty array is read centrally, not by the parser. */
const EMPTY_ARRAY = ['eslint/dd-eslint-empty.json'];

// ---- An independent reference walk over the raw JSON, with the published mapping --------------------------

/** ESLint's SARIF formatter: 2 → error → high, 1 → warning → medium. */
const PUBLISHED: Record<number, Severity> = { 2: 'high', 1: 'medium' };

interface RawMessage {
  severity: number;
  fatal?: boolean;
}

function referenceCounts(document: unknown) {
  const results = document as { messages: RawMessage[]; suppressedMessages?: RawMessage[] }[];
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let findings = 0;
  let fatal = 0;
  let suppressed = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal === true) {
        fatal++;
        continue;
      }
      findings++;
      open[PUBLISHED[message.severity] as Severity]++;
    }
    findings += result.suppressedMessages?.length ?? 0;
    suppressed += result.suppressedMessages?.length ?? 0;
  }
  return { findings, open, suppressed, complete: fatal === 0 };
}

describe.skipIf(!hasCorpus)('ESLint corpus', () => {
  for (const path of filesOf('eslint').filter((file) => !EMPTY_ARRAY.includes(file))) {
    it(`${path}: detected, and findings and open counts per severity match the raw records`, () => {
      const document = raw(path);
      expect(eslintParser.detect(document)).toBe(true);
      const runs = eslintParser.parse(document, path);
      const expected = referenceCounts(document);
      const findings = runs.flatMap((run) => run.findings);
      const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
      for (const finding of findings.filter((f) => !f.suppressed)) open[finding.severity]++;

      expect(runs.map((run) => [run.tool, run.complete])).toEqual([['ESLint', expected.complete]]);
      expect(findings).toHaveLength(expected.findings);
      expect(open).toEqual(expected.open);
      expect(findings.filter((f) => f.suppressed)).toHaveLength(expected.suppressed);
      for (const finding of findings) {
        expect(finding.message.trim()).not.toBe('');
        expect(finding.path).not.toMatch(/\\/);
        if (finding.line !== null) expect(finding.endLine ?? 0).toBeGreaterThanOrEqual(finding.line);
      }
    });
  }

  it('eslint/dd-eslint-empty.json: an empty array, left to the central rule (detect is false)', () => {
    expect(raw('eslint/dd-eslint-empty.json')).toEqual([]);
    expect(eslintParser.detect(raw('eslint/dd-eslint-empty.json'))).toBe(false);
  });

  it('eslint/dd-eslint-scan.json: two findings in one file, macOS absolute path kept, snippet from source', () => {
    const [run] = eslintParser.parse(raw('eslint/dd-eslint-scan.json'), 'dd-eslint-scan.json');
    expect(run?.findings).toHaveLength(2);
    expect(run?.findings[0]).toEqual({
      ruleId: 'security/detect-object-injection',
      severity: 'high',
      path: '/Users/omerlh/dev/juice-shop/routes/basketItems.js',
      line: 19,
      endLine: 19,
      message: 'Generic Object Injection Sink',
      suppressed: false,
      baselineState: null,
      confidence: null,
      cwes: [],
      toolFingerprint: null,
      snippet: "      if (result[i].key === 'ProductId') {",
    });
    expect(run?.findings[1]).toMatchObject({
      severity: 'medium',
      line: 20,
      snippet: '        productIds.push(result[i].value)',
    });
  });
});
