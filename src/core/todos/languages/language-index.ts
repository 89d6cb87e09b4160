import type { Language } from '../language-of.js';
import { extensionPreferences } from './extension-preferences.js';
import { languageTable } from './language-table.js';

/** Lookups from a file name, an extension (lower case, with its dot) or an interpreter to the languages claiming it. */
export interface LanguageIndex {
  readonly byFilename: ReadonlyMap<string, Language>;
  /** Every claimant of an extension, the preferred first. */
  readonly byExtension: ReadonlyMap<string, readonly Language[]>;
  readonly byInterpreter: ReadonlyMap<string, Language>;
  /** The longest extension, in characters, so a name's suffixes are tried only up to it. */
  readonly longestExtension: number;
}

let index: LanguageIndex | null = null;

/** The lookups, built on first use from `languageTable`. */
export function languageIndex(): LanguageIndex {
  if (index) return index;
  const byFilename = new Map<string, Language>();
  const byExtension = new Map<string, Language[]>();
  const byInterpreter = new Map<string, Language>();
  let longestExtension = 0;
  for (const [data, syntax] of languageTable) {
    const language: Language = { name: data.name, syntax };
    for (const f of data.filenames ?? []) if (!byFilename.has(f)) byFilename.set(f, language);
    for (const i of data.interpreters ?? []) if (!byInterpreter.has(i)) byInterpreter.set(i, language);
    for (const e of data.extensions ?? []) {
      const ext = e.toLowerCase();
      const claimants = byExtension.get(ext) ?? [];
      if (!claimants.some((l) => l.name === language.name)) claimants.push(language);
      byExtension.set(ext, claimants);
      longestExtension = Math.max(longestExtension, ext.length);
    }
  }
  for (const [ext, claimants] of byExtension) {
    const preferred = extensionPreferences[ext];
    const at = claimants.findIndex((l) => l.name === preferred);
    if (at > 0) claimants.unshift(...claimants.splice(at, 1));
  }
  index = { byFilename, byExtension, byInterpreter, longestExtension };
  return index;
}
