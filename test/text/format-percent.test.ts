import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/core/text/format-percent.js';

describe('formatPercent', () => {
  it('rounds down to one decimal so a failing value never displays as its threshold', () => {
    expect(formatPercent(69.96)).toBe('69.9 %');
    expect(formatPercent(70)).toBe('70 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(33.333)).toBe('33.3 %');
  });

  it('says n/a instead of NaN', () => {
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(Number.NaN)).toBe('n/a');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('n/a');
  });
});
