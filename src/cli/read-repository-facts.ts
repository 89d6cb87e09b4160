import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { glob } from 'tinyglobby';
import type { RepositoryFacts } from '../core/model/evidence-bundle.js';

const run = promisify(execFile);

/** The repository's files: `git ls-files` (tracked and untracked-not-ignored), else every file under `cwd`. */
async function listFiles(cwd: string): Promise<string[]> {
  try {
    const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
    });
    return [...new Set(stdout.split('\0').filter(Boolean))];
  } catch {
    return glob('**/*', { cwd, onlyFiles: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
  }
}

/** `module github.com/org/repo` from `go.mod` at the root, or `null`. */
async function goModule(cwd: string): Promise<string | null> {
  try {
    const text = await readFile(resolve(cwd, 'go.mod'), 'utf8');
    return /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(text)?.[2] ?? null;
  } catch {
    return null;
  }
}

/** What path resolution needs to know about the repository at `cwd`. */
export async function readRepositoryFacts(cwd: string): Promise<RepositoryFacts> {
  const [files, module] = await Promise.all([listFiles(cwd), goModule(cwd)]);
  return { files, goModule: module };
}
