/** What became of a run of mis-decoded characters once read back as UTF-8. */
export interface DecodedRun {
  text: string;
  /** UTF-8 sequences decoded whole: characters restored. */
  restored: number;
  /** Characters kept as they were because their bytes form no UTF-8 sequence (genuine accented letters). */
  kept: number;
  /** Sequences that lost a byte to the code page and read as U+FFFD. */
  lost: number;
}

/** How many continuation bytes a UTF-8 lead byte announces; 0 for a byte that cannot start a sequence. */
function continuations(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/** Whether `byte` may follow `lead` at continuation position `index` (0-based), per RFC 3629's table. */
function continues(lead: number, index: number, byte: number): boolean {
  if (index === 0) {
    if (lead === 0xe0) return byte >= 0xa0 && byte <= 0xbf;
    if (lead === 0xed) return byte >= 0x80 && byte <= 0x9f;
    if (lead === 0xf0) return byte >= 0x90 && byte <= 0xbf;
    if (lead === 0xf4) return byte >= 0x80 && byte <= 0x8f;
  }
  return byte >= 0x80 && byte <= 0xbf;
}

/** Whether a variation selector's first two bytes (`EF B8`) start at `index`. */
function selectorFollows(bytes: readonly number[], index: number): boolean {
  return bytes[index] === 0xef && bytes[index + 1] === 0xb8;
}

function codePoint(bytes: readonly number[], start: number, count: number): number {
  const lead = bytes[start] ?? 0;
  let value = lead & (count === 1 ? 0x1f : count === 2 ? 0x0f : 0x07);
  for (let i = 1; i <= count; i++) value = (value << 6) | ((bytes[start + i] ?? 0) & 0x3f);
  return value;
}

/**
 * Reads the bytes of a run of mis-decoded characters (`bytes[i]` is the byte of `chars[i]`) as UTF-8. Whole
 * sequences become their character; a byte that starts or continues no sequence keeps its character, so genuine
 * accented letters next to mojibake survive. With a `lossy` code page, a sequence one or more bytes short lost them
 * to the decoder, and so did a lead byte right before a variation selector (an emoji that lost all its other
 * bytes): `EF B8` is the variation selector U+FE0F (by far the most common character with that prefix, and the one
 * emoji such as ⚠️ carry), anything else reads as U+FFFD.
 */
export function decodeUtf8Run(
  bytes: readonly number[],
  chars: readonly string[],
  lossy: boolean,
): DecodedRun {
  let text = '';
  let restored = 0;
  let kept = 0;
  let lost = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const need = continuations(lead);
    let have = 0;
    while (have < need && i + 1 + have < bytes.length && continues(lead, have, bytes[i + 1 + have] ?? 0))
      have++;
    if (need > 0 && have === need) {
      text += String.fromCodePoint(codePoint(bytes, i, need));
      restored++;
      i += need + 1;
    } else if (lossy && need > 0 && (have > 0 || selectorFollows(bytes, i + 1))) {
      const selector = lead === 0xef && have === 1 && bytes[i + 1] === 0xb8;
      text += selector ? '\uFE0F' : '\uFFFD';
      if (selector) restored++;
      else lost++;
      i += have + 1;
    } else {
      text += chars[i] ?? '';
      kept++;
      i++;
    }
  }
  return { text, restored, kept, lost };
}
