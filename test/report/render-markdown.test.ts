import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate/evaluate.js';
import { escapeMarkdown, inlineCode } from '../../src/core/report/escape-markdown.js';
import { renderMarkdown } from '../../src/core/report/render-markdown.js';
import { renderText } from '../../src/core/report/render-text.js';
import { toCheckJson } from '../../src/core/report/to-check-json.js';
import type { ReportInput } from '../../src/core/report/report-input.js';
import {
  bundle,
  checklistItem,
  coverageReport,
  file,
  finding,
  given,
  missing,
  rulesFrom,
  sastReport,
  trackerReport,
} from '../support/builders.js';

const today = '2026-11-22';

function report(parts: Parameters<typeof bundle>[0], yaml = 'extends: recommended'): ReportInput {
  const rules = rulesFrom(yaml);
  const evidence = bundle(parts);
  return {
    verdict: evaluate(rules, evidence, { today }),
    bundle: evidence,
    rulesSources: rules.sources,
    today,
  };
}

/** Every table row of a markdown document, split into cells. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\| (---|\s)*\|/.test(line.replace(/---/g, '')))
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('escapeMarkdown', () => {
  it('neutralizes mentions, issue links, HTML, tables and markdown syntax', () => {
    expect(escapeMarkdown('@alice fix #12 <script>x</script> | a*b_c [l](u)')).toBe(
      '@\u200balice fix #\u200b12 &lt;script&gt;x&lt;/script&gt; \\| a\\*b\\_c \\[l\\](u)',
    );
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('12) not a list either')).toBe('12\\) not a list either');
    expect(escapeMarkdown('54.5 %')).toBe('54.5 %');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('-flag')).toBe('-flag');
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
    expect(escapeMarkdown('  ')).toBe('—');
    expect(escapeMarkdown('<!-- gonogo:marker -->')).toBe('&lt;!-- gonogo:marker --&gt;');
  });

  it('fences inline code so backticks cannot escape it', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
    expect(inlineCode('')).toBe('—');
    expect(inlineCode('a|b', true)).toBe('`a\\|b`');
  });
});

describe('renderMarkdown', () => {
  const failing = report({
    coverage: given(coverageReport(file('src/a.ts', 50, 50), file('src/b.ts', 10, 0))),
    sast: given(
      sastReport([
        finding({
          severity: 'critical',
          message: 'Injection via @admin | <b>x</b>',
          path: 'src/a|b.ts',
          line: 7,
        }),
      ]),
    ),
    trackers: given(
      trackerReport([
        checklistItem('Rotate keys', 'todo', ['Readiness', 'Security'], 4),
        checklistItem('TLS', 'done', ['Readiness', 'Security'], 3),
      ]),
    ),
  });

  it('opens with the verdict, the score and the grade, then the reason', () => {
    const markdown = renderMarkdown(failing);
    expect(markdown.split('\n')[0]).toBe('## ⛔ gonogo: NO-GO — readiness 56/100 (grade F)');
    expect(markdown).toContain('2 blocking gates failed: coverage-overall, sast-no-high.');
  });

  it('shows every gate with measured value and threshold, and never an empty cell, nan, null or undefined', () => {
    const markdown = renderMarkdown(failing);
    expect(markdown).toContain(
      '| coverage-overall | block | ❌ FAIL | 54.5 % | ≥ 60 % | 60 of 110 coverable lines covered |',
    );
    expect(markdown).toContain(
      '| no-open-p0 | block | ➖ n/a | n/a | ≤ 0 | skipped: none of the 2 tracked items has a priority or a severity |',
    );
    for (const cells of tableCells(markdown)) for (const cell of cells) expect(cell.trim()).not.toBe('');
    expect(markdown).not.toMatch(/\bnan\b|\bNaN\b|undefined|\bnull\b/);
  });

  it('escapes untrusted text: no mention, no raw HTML, no broken table', () => {
    const markdown = renderMarkdown(failing);
    expect(markdown).not.toContain('@admin');
    expect(markdown).not.toContain('<b>');
    const risk = markdown.split('\n').find((line) => line.startsWith('| 1 | sast-no-high'));
    expect(risk).toBeDefined();
    expect(tableCells(risk ?? '')[0]).toHaveLength(5);
  });

  it('lists top risks, categories, checklist sections, next steps and inputs', () => {
    const markdown = renderMarkdown(failing);
    expect(markdown).toContain('### Top risks');
    expect(markdown).toContain('| coverage | 54/100 | 30 | 54.5 % of 110 coverable lines covered |');
    expect(markdown).toContain(
      '| issues | n/a (not counted) | 25 | no tracked item has a priority or severity |',
    );
    expect(markdown).toContain('| `READY.md` | Security | 1/2 | 50 % |');
    expect(markdown).toMatch(
      /1\. \*\*coverage-overall\*\*: Raise line coverage from 54\.5 % to 60 %: cover 6 more lines; start with src/,
    );
    expect(markdown).toContain('- coverage: coverage.xml: cobertura, 2 files');
    expect(markdown).toContain('- rules: preset recommended');
  });

  it('says plainly when nothing blocks and when an input is missing', () => {
    const ok = renderMarkdown(report({ coverage: given(coverageReport(file('a.ts', 9, 1))) }));
    expect(ok).toContain('Nothing blocks: every applicable gate passed.');
    const absent = renderMarkdown(report({ sast: missing('no file matches "reports/*.sarif"') }));
    expect(absent).toContain('- sast: missing: no file matches "reports/\\*.sarif"');
    expect(absent).toContain('fails closed: no file matches');
  });
});

describe('renderText and toCheckJson', () => {
  it('renders a terminal report with control characters stripped', () => {
    const input = report({ sast: given(sastReport([finding({ message: 'bad\u001b[31m red' })])) });
    const text = renderText(input);
    expect(text.split('\n')[0]).toBe('gonogo: NO-GO — readiness 80/100 (grade D)');
    expect(text).toContain('FAIL  sast-no-high');
    expect(text).not.toContain('\u001b');
  });

  it('gives verdict, score, grade, failed gates and gate results in JSON', () => {
    const json = toCheckJson(report({ coverage: given(coverageReport(file('a.ts', 9, 1))) })) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({ verdict: 'go', score: 90, grade: 'A', failedGates: [] });
    const gates = json.gates as { id: string; passed: boolean | null; status: string }[];
    expect(gates.find((g) => g.id === 'coverage-overall')).toMatchObject({ passed: true, status: 'pass' });
    expect(gates.find((g) => g.id === 'sast-no-high')).toMatchObject({
      passed: null,
      status: 'not-applicable',
    });
  });
});
