import { glob, isDynamicPattern } from 'tinyglobby';

/** Files found for a list of patterns, and the patterns that found nothing. */
export interface ExpandedInputs {
  files: string[];
  /** `no file matches "coverage/**\/*.xml"`, one per glob that matched nothing. */
  problems: string[];
}

/**
 * Expands globs relative to `cwd` (dependencies and `.git` excluded); a literal path is kept as is, so that
 * reading it later fails with its own clear cause when it is missing.
 */
export async function expandInputs(patterns: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const found = await glob(pattern, {
      cwd,
      onlyFiles: true,
      dot: true,
      ignore: ['**/node_modules/**', '**/.git/**'],
    });
    if (found.length === 0) problems.push(`no file matches "${pattern}"`);
    files.push(...found.sort());
  }
  return { files: [...new Set(files)], problems };
}
