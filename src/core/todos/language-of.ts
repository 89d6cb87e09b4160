import type { CommentSyntax } from './languages/comment-syntax.js';
import { languageIndex } from './languages/language-index.js';

/** A language gonogo can lex for comments. */
export interface Language {
  /** Linguist's name: `TypeScript`, `C++`, `Shell`. */
  name: string;
  syntax: CommentSyntax;
}

/** The interpreter a `#!` first line names: `#!/usr/bin/env -S python3 -u` → `python3`; else `null`. */
function shebangInterpreter(text: string): string | null {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('#!', from)) return null;
  let end = from + 2;
  while (
    end < text.length &&
    end < from + 200 &&
    text.charCodeAt(end) !== 0x0a &&
    text.charCodeAt(end) !== 0x0d
  )
    end++;
  const words = text
    .slice(from + 2, end)
    .trim()
    .split(/\s+/);
  let program = words[0]?.slice(words[0].lastIndexOf('/') + 1) ?? '';
  if (program === 'env') {
    program = words.slice(1).find((w) => !w.startsWith('-') && !w.includes('=')) ?? '';
  }
  return program === '' ? null : program;
}

function byShebang(text: string): Language | null {
  const interpreter = shebangInterpreter(text);
  if (interpreter === null) return null;
  const { byInterpreter } = languageIndex();
  // `python3.12` → `python3` → `python`.
  return (
    byInterpreter.get(interpreter) ??
    byInterpreter.get(interpreter.replace(/\.[\d.]*$/, '')) ??
    byInterpreter.get(interpreter.replace(/[\d.]+$/, '')) ??
    null
  );
}

/**
 * The language of a file, for lexing its comments: by exact file name (`Dockerfile`, `CMakeLists.txt`), else by
 * extension (case-insensitive, longest first: `x.blade.php` is Blade, `x.gradle.kts` Gradle Kotlin DSL), else by
 * the interpreter of a `#!` first line. An extension several languages claim goes to the preferred one
 * (`.h` → C, `.m` → Objective-C, `.pl` → Perl), unless the shebang names another claimant. `null` for unknown files
 * and for formats without comments (JSON, plain text). `path` may be a full or relative POSIX path.
 */
export function languageOf(path: string, text: string): Language | null {
  const { byFilename, byExtension, longestExtension } = languageIndex();
  const name = path.slice(path.lastIndexOf('/') + 1);
  const exact = byFilename.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (let dot = lower.indexOf('.', 1); dot !== -1; dot = lower.indexOf('.', dot + 1)) {
    if (lower.length - dot > longestExtension) continue;
    const claimants = byExtension.get(lower.slice(dot));
    if (!claimants) continue;
    const first = claimants[0] as Language;
    if (claimants.length === 1) return first;
    const shebang = byShebang(text);
    return claimants.find((l) => l.name === shebang?.name) ?? first;
  }
  if (/^(?:Dockerfile|Containerfile)[.-]/.test(name)) return byFilename.get('Dockerfile') ?? null;
  return byShebang(text);
}
