import { describe, expect, it } from 'vitest';
import type { CheckRunAnnotation } from '../../src/core/publish/check-run-annotation.js';
import { workflowCommandAnnotations } from '../../src/core/publish/workflow-commands.js';

const at = (
  level: CheckRunAnnotation['annotation_level'],
  line: number,
  extra: Partial<CheckRunAnnotation> = {},
): CheckRunAnnotation => ({
  path: 'src/a.ts',
  start_line: line,
  end_line: line,
  annotation_level: level,
  message: `m${line}`,
  ...extra,
});

describe('workflowCommandAnnotations', () => {
  it('maps levels to the runner commands, with file, line, endLine and title', () => {
    const { lines, omitted } = workflowCommandAnnotations([
      at('failure', 3, { end_line: 5, title: 'gonogo sast: SQL injection' }),
      at('warning', 7),
      at('notice', 9),
    ]);
    expect(lines).toEqual([
      '::error file=src/a.ts,line=3,endLine=5,title=gonogo sast%3A SQL injection::m3',
      '::warning file=src/a.ts,line=7,endLine=7::m7',
      '::notice file=src/a.ts,line=9,endLine=9::m9',
    ]);
    expect(omitted).toBe(0);
  });

  it('escapes contributor text so that it cannot end the command or start another', () => {
    const [line] = workflowCommandAnnotations([
      at('failure', 1, {
        path: 'src/we,ird:name%.ts',
        title: 'a, b: 100%\nc',
        message: '50% done\r\n::error::injected',
      }),
    ]).lines;
    expect(line).toBe(
      '::error file=src/we%2Cird%3Aname%25.ts,line=1,endLine=1,title=a%2C b%3A 100%25%0Ac::50%25 done%0D%0A::error::injected',
    );
    expect(line).not.toMatch(/[\r\n]/);
  });

  it('keeps the first ten of each level, most important first, and counts the rest', () => {
    const annotations = [
      ...Array.from({ length: 14 }, (_, index) => at('failure', index + 1)),
      ...Array.from({ length: 12 }, (_, index) => at('warning', index + 100)),
      at('notice', 500),
    ];
    const { lines, omitted } = workflowCommandAnnotations(annotations, { perLevelLimit: 10 });
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(1);
    expect(lines[0]).toContain('line=1,');
    expect(lines[9]).toContain('line=10,');
    expect(lines.some((line) => line.includes('line=11,'))).toBe(false);
    expect(omitted).toBe(4 + 2);
  });
});
