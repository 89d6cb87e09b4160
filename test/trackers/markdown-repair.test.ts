import { describe, expect, it } from 'vitest';
import { MAC_ROMAN_HIGH } from '../../src/core/text/mac-roman.js';
import { repairMojibake } from '../../src/core/text/repair-mojibake.js';
import { WINDOWS_1252_HIGH } from '../../src/core/text/windows-1252.js';

const HIGH_BYTES = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);

/** UTF-8 text as a program that took it for `label` (decoded by the platform's own tables, not gonogo's). */
const misread = (text: string, label: string): string =>
  new TextDecoder(label).decode(new TextEncoder().encode(text));

/** Windows-1252 as decoders that skip its five undefined bytes read it. */
const misreadDropping = (text: string): string =>
  misread(text, 'windows-1252').replace(/[\u0081\u008D\u008F\u0090\u009D]/g, '');

// Node 20 decodes `windows-1252` as Latin-1; the standard's table is what the repair must match.
const whatwg1252 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) === '€';

const SAMPLE =
  '### ✅ 5. Idempotence implémentée — « déjà » testée\n**Priorité :** 🔴 CRITIQUE ⚠️ Ça marche\n';

describe('code page tables', () => {
  it('Mac Roman matches the platform decoder byte for byte', () => {
    expect(MAC_ROMAN_HIGH).toBe(new TextDecoder('macintosh').decode(HIGH_BYTES));
  });

  it.skipIf(!whatwg1252)('Windows-1252 matches the platform decoder byte for byte', () => {
    expect(WINDOWS_1252_HIGH).toBe(new TextDecoder('windows-1252').decode(HIGH_BYTES));
  });

  it('has 128 characters each', () => {
    expect([...MAC_ROMAN_HIGH]).toHaveLength(128);
    expect([...WINDOWS_1252_HIGH]).toHaveLength(128);
  });
});

describe('repairMojibake', () => {
  it('restores UTF-8 read as Mac Roman', () => {
    const broken = misread(SAMPLE, 'macintosh');
    expect(broken).toContain('‚úÖ');
    expect(broken).toContain('√©');
    expect(repairMojibake(broken)).toEqual({
      text: SAMPLE,
      charset: 'Mac Roman',
      restored: [...SAMPLE].filter((char) => char.codePointAt(0)! > 0x7f).length,
      lost: 0,
    });
  });

  it.skipIf(!whatwg1252)('restores UTF-8 read as Windows-1252, undefined bytes kept as C1 controls', () => {
    const broken = misread(SAMPLE, 'windows-1252');
    expect(broken).toContain('âœ…');
    expect(repairMojibake(broken)).toMatchObject({ text: SAMPLE, charset: 'Windows-1252', lost: 0 });
  });

  it.skipIf(!whatwg1252)(
    'restores the variation selector whose last byte was dropped, marks other losses',
    () => {
      const broken = misreadDropping('⚠️ Attention 🔍 Recherche');
      // ⚠️ ends in 0x8F and 🔍 in 0x8D: both bytes Windows-1252 leaves undefined.
      expect(broken).toBe('âš\u00A0ï¸ Attention ðŸ” Recherche');
      expect(repairMojibake(broken)).toEqual({
        text: '⚠️ Attention \uFFFD Recherche',
        charset: 'Windows-1252',
        restored: 2,
        lost: 1,
      });
    },
  );

  it('restores Latin-1 mojibake through the Windows-1252 table', () => {
    expect(repairMojibake(misread('Réalisé — ✅', 'latin1')).text).toBe('Réalisé — ✅');
  });

  it('leaves correct text alone: ASCII, French, emoji, typographic quotes', () => {
    for (const text of [
      'plain ASCII',
      SAMPLE,
      'Tâches à faire : « déjà » — ✅ 100 %',
      'naïve façade, 20 °C, ½ €',
    ]) {
      expect(repairMojibake(text)).toEqual({ text, charset: null, restored: 0, lost: 0 });
    }
  });

  it('repairs mojibake next to genuine accented letters, keeping them', () => {
    const text = `Déjà fait: ${misread('Implémenté ✅', 'macintosh')}, ${misread('Testé ✅', 'macintosh')}`;
    expect(repairMojibake(text).text).toBe('Déjà fait: Implémenté ✅, Testé ✅');
  });

  it('keeps line breaks where they are', () => {
    const broken = misread(SAMPLE.repeat(3), 'macintosh');
    expect(repairMojibake(broken).text.split('\n')).toHaveLength(broken.split('\n').length);
  });
});
