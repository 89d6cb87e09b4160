import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import { truncateMarkdown } from '../../src/core/publish/truncate-markdown.js';
import { verdictAnnotations } from '../../src/core/publish/verdict-annotations.js';
import { bundle, finding, given, rulesFrom, sastReport } from '../support/builders.js';

describe('verdictAnnotations', () => {
  it('annotates located evidence of failed gates, blocking first, then by severity', () => {
    const rules = rulesFrom(
      'gates:\n  - id: warn-medium\n    level: warn\n    sast: { severity: medium }\n  - id: block-high\n    sast: { severity: high }\n',
    );
    const findings = [
      finding({
        severity: 'medium',
        path: 'src/a.ts',
        line: 4,
        endLine: 4,
        ruleId: 'm',
        message: 'medium one',
      }),
      finding({
        severity: 'critical',
        path: 'src/b.ts',
        line: 9,
        endLine: 11,
        ruleId: 'c',
        message: 'critical one',
      }),
      finding({ severity: 'high', path: null, line: null, endLine: null, ruleId: 'h', message: 'nowhere' }),
    ];
    const verdict = evaluate(rules, bundle({ sast: given(sastReport(findings)) }), { today: '2026-11-22' });
    expect(verdictAnnotations(verdict)).toEqual([
      {
        path: 'src/b.ts',
        start_line: 9,
        end_line: 11,
        annotation_level: 'failure',
        title: 'gonogo block-high: CodeQL c src/b.ts:9',
        message: 'critical: critical one',
      },
      expect.objectContaining({ path: 'src/b.ts', annotation_level: 'warning' }),
      expect.objectContaining({ path: 'src/a.ts', start_line: 4, annotation_level: 'warning' }),
    ]);
  });
});

describe('truncateMarkdown', () => {
  it('keeps short text, and cuts long text at a section boundary with the note', () => {
    expect(truncateMarkdown('short', 100, 'cut')).toBe('short');
    const text = `## Title\n\n### First\n\n${'a'.repeat(50)}\n\n### Second\n\n${'b'.repeat(200)}\n`;
    const cut = truncateMarkdown(text, 120, '…truncated');
    expect(cut.length).toBeLessThanOrEqual(120);
    expect(cut).toBe(`## Title\n\n### First\n\n${'a'.repeat(50)}\n\n…truncated`);
  });
});
