import { MOJIBAKE_CODE_PAGES, type CodePage } from './code-page.js';
import { decodeUtf8Run } from './decode-utf8-run.js';

/** The outcome of `repairMojibake`. */
export interface MojibakeRepair {
  /** The repaired text, or the text unchanged when it showed no mojibake. */
  text: string;
  /** The code page the UTF-8 had been read as (`Windows-1252`, `Mac Roman`), or `null` when nothing was repaired. */
  charset: string | null;
  /** Characters restored. */
  restored: number;
  /** Characters whose bytes the code page had dropped, now U+FFFD. */
  lost: number;
}

/** The text as read back through one code page, with its counts. */
function readBack(text: string, page: CodePage): MojibakeRepair & { kept: number } {
  let out = '';
  let restored = 0;
  let kept = 0;
  let lost = 0;
  let bytes: number[] = [];
  let chars: string[] = [];
  const flush = (): void => {
    if (bytes.length === 0) return;
    const run = decodeUtf8Run(bytes, chars, page.lossy);
    out += run.text;
    restored += run.restored;
    kept += run.kept;
    lost += run.lost;
    bytes = [];
    chars = [];
  };
  for (const char of text) {
    const byte = page.bytes.get(char);
    if (byte === undefined) {
      flush();
      out += char;
    } else {
      bytes.push(byte);
      chars.push(char);
    }
  }
  flush();
  return { text: out, charset: page.name, restored, kept, lost };
}

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 (or Latin-1) or Mac Roman and saved again as UTF-8:
 * `âœ…` or `‚úÖ` for ✅, `Ã©` or `√©` for é. Every run of characters the code page has is turned back into its
 * bytes and read as UTF-8. The repair is kept only when whole UTF-8 sequences outnumber the characters that form
 * none (genuine accented letters), so correct text is returned unchanged; when both code pages qualify, the one
 * that explains more of the text wins. Line breaks are ASCII and never move.
 */
export function repairMojibake(text: string): MojibakeRepair {
  const unchanged: MojibakeRepair = { text, charset: null, restored: 0, lost: 0 };
  // ASCII-only text cannot hold mojibake: skip the work for the common case.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return unchanged;
  let best: (MojibakeRepair & { kept: number }) | null = null;
  for (const page of MOJIBAKE_CODE_PAGES) {
    const candidate = readBack(text, page);
    const score = candidate.restored - candidate.kept - candidate.lost;
    if (candidate.restored === 0 || score < 0) continue;
    if (best === null || score > best.restored - best.kept - best.lost) best = candidate;
  }
  if (best === null) return unchanged;
  return { text: best.text, charset: best.charset, restored: best.restored, lost: best.lost };
}
