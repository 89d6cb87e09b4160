import { describe, expect, it } from 'vitest';
import { fitUtf8 } from '../../src/core/publish/fit-utf8.js';
import { utf8Length } from '../../src/core/publish/utf8-length.js';

describe('fitUtf8', () => {
  it('leaves a text that fits alone', () => {
    expect(fitUtf8('héllo', 6, 'cut')).toBe('héllo');
  });

  it('measures bytes, not characters: emoji and CJK are cut to the byte limit, whole', () => {
    const text = '🚦日本'.repeat(20_000);
    expect(text.length).toBeLessThan(65_535 * 2);
    const fitted = fitUtf8(text, 65_535, '…cut');
    expect(utf8Length(fitted)).toBeLessThanOrEqual(65_535);
    expect(fitted.endsWith('\n\n…cut')).toBe(true);
    expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(new TextEncoder().encode(fitted).length).toBe(utf8Length(fitted));
  });

  it('cuts at a line end when one is near', () => {
    const text = `${'a'.repeat(90)}\n${'b'.repeat(50)}`;
    expect(fitUtf8(text, 120, 'cut')).toBe(`${'a'.repeat(90)}\n\ncut`);
  });
});
