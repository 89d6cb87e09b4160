/**
 * Windows-1252, bytes 0x80–0xFF, as the WHATWG Encoding Standard's `index-windows-1252` has them: the five bytes
 * Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1 controls of the same number, like
 * browsers do; 0xA0–0xFF are Latin-1.
 */
export const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F' + // 0x80
  '\u0090‘’“”•–—˜™š›œ\u009DžŸ' + // 0x90
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯' + // 0xA0
  '°±²³´µ¶·¸¹º»¼½¾¿' + // 0xB0
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ' + // 0xC0
  'ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß' + // 0xD0
  'àáâãäåæçèéêëìíîï' + // 0xE0
  'ðñòóôõö÷øùúûüýþÿ'; // 0xF0

/**
 * Text read as ISO-8859-1 keeps the C1 controls where Windows-1252 has typographic characters: they map back to
 * their own byte, so Latin-1 mojibake is repaired by the same table.
 */
export const WINDOWS_1252_ALIASES: Readonly<Record<string, number>> = Object.fromEntries(
  Array.from({ length: 32 }, (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i]),
);
