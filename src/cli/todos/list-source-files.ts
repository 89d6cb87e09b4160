import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { InputError } from '../../core/errors/input-error.js';
import { vendoredPath } from '../../core/todos/vendored-path.js';

/** What to leave out of a listing beyond what git ignores. */
export interface ListOptions {
  /** Globs over repo-relative POSIX paths (picomatch, dotfiles included); a matching directory is pruned whole. */
  exclude: readonly string[];
  /** List vendored paths too (GitHub Linguist's conventions, see `vendoredPath`). */
  includeVendored?: boolean;
}

/** A path left out of a listing and why. Directories end in `/` and stand for everything below them. */
export interface SkippedPath {
  path: string;
  reason: string;
}

/** The files to scan, and what was left out that a user may want to know about. */
export interface SourceFiles {
  /** Repo-relative POSIX paths of regular files, sorted by code unit. */
  files: string[];
  skipped: SkippedPath[];
}

/** The rules of one ignore file, and the directory they are relative to (`''` or `src/`). */
interface Rules {
  base: string;
  ignore: ignore.Ignore;
}

/** Git's default on Linux (`core.ignorecase=false`), where CI runs: `*.TS` does not ignore `a.ts`. */
const newRules = () => ignore({ ignorecase: false });

/** A directory to list (`''` for the root, else `src/util`), with the ignore files that apply to it. */
interface Directory {
  dir: string;
  levels: readonly Rules[];
}

/** Directories read at once. */
const READDIR_CONCURRENCY = 16;

const readRules = async (path: string): Promise<string | null> => readFile(path, 'utf8').catch(() => null);

/** Git's verdict: the deepest ignore file with a matching rule decides, and within a file the last rule. */
function ignored(levels: readonly Rules[], path: string): boolean {
  let verdict = false;
  for (const { base, ignore: rules } of levels) {
    if (!path.startsWith(base)) continue;
    const result = rules.test(path.slice(base.length));
    if (result.ignored) verdict = true;
    else if (result.unignored) verdict = false;
  }
  return verdict;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such directory';
  return (error as Error).message;
}

/**
 * The files of a working tree, as `git ls-files --cached --others --exclude-standard` would see them, without git:
 * a walk of `root` that
 * 1. never enters `.git` (nor a nested repository's `.git`);
 * 2. applies `.git/info/exclude` and every `.gitignore` (each relative to its directory, deeper files winning,
 *    negations included); ignored paths are out of the repository's scope and not reported;
 * 3. leaves out `exclude` globs, reported as `excluded by "<glob>"`;
 * 4. leaves out vendored paths (`vendoredPath`) unless `includeVendored`, reported as `vendored`;
 * 5. does not follow symbolic links (git stores the link, not its target; a target in the repository is listed at
 *    its own path), reported as `symbolic link`; sockets, FIFOs and devices are passed over unreported.
 * A pruned directory is one `skipped` entry ending in `/`; an unreadable one is reported with the cause. Unlike git,
 * with no index to consult, a tracked file that matches an ignore rule (`git add -f`) is left out; and the global
 * `core.excludesFile` is not read: it is one machine's preference, not the repository's.
 * Throws an `InputError` when `root` is not a readable directory.
 */
export async function listSourceFiles(root: string, options: ListOptions): Promise<SourceFiles> {
  try {
    if (!(await stat(root)).isDirectory()) throw new InputError(root, 'not a directory');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(root, reasonOf(error));
  }
  const globs = options.exclude.map((glob) => ({ glob, match: picomatch(glob, { dot: true }) }));
  const excludedBy = (path: string) => globs.find(({ match }) => match(path))?.glob;
  const vendored = (path: string) => !options.includeVendored && vendoredPath(path);

  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  // The root's rules: `.git/info/exclude` first, so that the root `.gitignore` overrides it, as in git.
  const rootRules = (
    await Promise.all([readRules(join(root, '.git', 'info', 'exclude')), readRules(join(root, '.gitignore'))])
  ).filter((text) => text !== null);
  const rootLevels = rootRules.length
    ? [{ base: '', ignore: rootRules.reduce((rules, text) => rules.add(text), newRules()) }]
    : [];

  /** Lists one directory: its files and skips recorded, its subdirectories to visit returned. */
  const visit = async ({ dir, levels: inherited }: Directory): Promise<Directory[]> => {
    let entries: Dirent[];
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true });
    } catch (error) {
      if (dir === '') throw new InputError(root, `unreadable: ${reasonOf(error)}`);
      skipped.push({ path: `${dir}/`, reason: `unreadable: ${reasonOf(error)}` });
      return [];
    }
    let levels = inherited;
    if (dir !== '' && entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      const rules = await readRules(join(root, dir, '.gitignore'));
      if (rules) levels = [...levels, { base: `${dir}/`, ignore: newRules().add(rules) }];
    }
    const subdirectories: Directory[] = [];
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      const directory = entry.isDirectory();
      // Directories are matched with a trailing slash, as gitignore's `build/` and Linguist's `vendor/` expect.
      const pattern = directory ? `${path}/` : path;
      if (ignored(levels, pattern)) continue;
      if (entry.isSymbolicLink()) {
        skipped.push({ path, reason: 'symbolic link' });
        continue;
      }
      if (!directory && !entry.isFile()) continue;
      const glob = excludedBy(path);
      if (glob !== undefined) skipped.push({ path: pattern, reason: `excluded by "${glob}"` });
      else if (vendored(pattern)) skipped.push({ path: pattern, reason: 'vendored' });
      else if (directory) subdirectories.push({ dir: path, levels });
      else files.push(path);
    }
    return subdirectories;
  };

  // Several directories are read at once: one at a time, the walk spent most of its time waiting on the disk.
  await new Promise<void>((resolve, reject) => {
    const queue: Directory[] = [{ dir: '', levels: rootLevels }];
    let active = 0;
    const pump = () => {
      if (active === 0 && queue.length === 0) resolve();
      while (active < READDIR_CONCURRENCY && queue.length > 0) {
        const next = queue.pop() as Directory;
        active++;
        visit(next).then((subdirectories) => {
          active--;
          queue.push(...subdirectories);
          pump();
        }, reject);
      }
    };
    pump();
  });

  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  files.sort(byPath);
  skipped.sort((a, b) => byPath(a.path, b.path));
  return { files, skipped };
}
