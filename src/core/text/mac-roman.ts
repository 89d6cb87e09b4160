/**
 * Mac OS Roman, bytes 0x80–0xFF, one character per byte, as the WHATWG Encoding Standard's `index-macintosh` has
 * them (bytes below 0x80 are ASCII). Kept as data because Node decodes Mac Roman but cannot encode it, and
 * repairing mojibake needs the way back from characters to bytes.
 */
export const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéè' + // 0x80
  'êëíìîïñóòôöõúùûü' + // 0x90
  '†°¢£§•¶ß®©™´¨≠ÆØ' + // 0xA0
  '∞±≤≥¥µ∂∑∏π∫ªºΩæø' + // 0xB0
  '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ' + // 0xC0
  '–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ' + // 0xD0
  '‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ' + // 0xE0
  '\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ'; // 0xF0

/**
 * Other characters older or Windows tables give to the same bytes: Windows code page 10000 reads 0xBD as the ohm
 * sign, and Mac Roman before Mac OS 8.5 had the currency sign where the euro now is.
 */
export const MAC_ROMAN_ALIASES: Readonly<Record<string, number>> = { '\u2126': 0xbd, '\u00A4': 0xdb };
