import { MAC_ROMAN_ALIASES, MAC_ROMAN_HIGH } from './mac-roman.js';
import { WINDOWS_1252_ALIASES, WINDOWS_1252_HIGH } from './windows-1252.js';

/** A single-byte code page that UTF-8 text is commonly mis-decoded as. */
export interface CodePage {
  /** Its name, as shown to the user. */
  name: string;
  /** Byte of each character it reads bytes 0x80–0xFF as, plus older or alternative readings of those bytes. */
  bytes: ReadonlyMap<string, number>;
  /**
   * Whether decoders drop some of its bytes: Windows-1252 leaves five bytes undefined and many decoders skip them,
   * so a UTF-8 sequence may come back one byte short. Mac Roman defines all 256.
   */
  lossy: boolean;
}

function byteMap(high: string, aliases: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  const map = new Map<string, number>(Object.entries(aliases));
  [...high].forEach((char, index) => map.set(char, 0x80 + index));
  return map;
}

/** The code pages mojibake is repaired from, in the order they are tried. */
export const MOJIBAKE_CODE_PAGES: readonly CodePage[] = [
  { name: 'Windows-1252', bytes: byteMap(WINDOWS_1252_HIGH, WINDOWS_1252_ALIASES), lossy: true },
  { name: 'Mac Roman', bytes: byteMap(MAC_ROMAN_HIGH, MAC_ROMAN_ALIASES), lossy: false },
];
