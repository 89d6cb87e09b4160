import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSourceFiles } from '../../../src/cli/todos/list-source-files.js';

/** Builds a working tree from `{ 'a/b.ts': 'text' }` in a fresh temp directory. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gonogo-list-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('listSourceFiles', () => {
  it('applies .git/info/exclude and nested .gitignore files relative to their directory, as git ls-files does', async () => {
    const root = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/info/exclude': 'scratch.ts\n*.tmp.ts\n',
      '.gitignore': '*.log\nbuild/\n/top-only.ts\n!keep.tmp.ts\n',
      'a.tmp.ts': '',
      'keep.tmp.ts': '',
      'app.ts': '',
      'debug.log': '',
      'scratch.ts': '',
      'top-only.ts': '',
      'build/out.js': '',
      'src/top-only.ts': '',
      'src/.gitignore': '*.gen.ts\n!keep.gen.ts\n/local.ts\n',
      'src/a.gen.ts': '',
      'src/keep.gen.ts': '',
      'src/local.ts': '',
      'src/deep/local.ts': '',
      'src/deep/b.gen.ts': '',
      'src/deep/.gitignore': '!b.gen.ts\n',
      'other/a.gen.ts': '',
    });
    const listing = await listSourceFiles(root, { exclude: [] });
    expect(listing.files).toEqual([
      '.gitignore',
      'app.ts',
      'keep.tmp.ts',
      'other/a.gen.ts',
      'src/.gitignore',
      'src/deep/.gitignore',
      'src/deep/b.gen.ts',
      'src/deep/local.ts',
      'src/keep.gen.ts',
      'src/top-only.ts',
    ]);
    expect(listing.skipped).toEqual([]);
  });

  it('prunes vendored directories and excluded globs as one entry each, unless vendored code is wanted', async () => {
    const root = tree({
      'src/index.ts': '',
      'src/index.test.ts': '',
      'src/generated/a.ts': '',
      'node_modules/left-pad/index.js': '',
      'web/vendor/lib.js': '',
      'web/static/app.min.js': '',
    });
    const listing = await listSourceFiles(root, { exclude: ['**/*.test.ts', 'src/generated'] });
    expect(listing).toEqual({
      files: ['src/index.ts'],
      skipped: [
        { path: 'node_modules/', reason: 'vendored' },
        { path: 'src/generated/', reason: 'excluded by "src/generated"' },
        { path: 'src/index.test.ts', reason: 'excluded by "**/*.test.ts"' },
        { path: 'web/static/app.min.js', reason: 'vendored' },
        { path: 'web/vendor/', reason: 'vendored' },
      ],
    });
    const all = await listSourceFiles(root, { exclude: [], includeVendored: true });
    expect(all.files).toEqual([
      'node_modules/left-pad/index.js',
      'src/generated/a.ts',
      'src/index.test.ts',
      'src/index.ts',
      'web/static/app.min.js',
      'web/vendor/lib.js',
    ]);
  });

  it('does not follow symbolic links, so a loop ends', async () => {
    const root = tree({ 'src/a.ts': '' });
    symlinkSync('..', join(root, 'src', 'loop'));
    symlinkSync('a.ts', join(root, 'src', 'alias.ts'));
    symlinkSync('/etc', join(root, 'etc'));
    const listing = await listSourceFiles(root, { exclude: [] });
    expect(listing).toEqual({
      files: ['src/a.ts'],
      skipped: [
        { path: 'etc', reason: 'symbolic link' },
        { path: 'src/alias.ts', reason: 'symbolic link' },
        { path: 'src/loop', reason: 'symbolic link' },
      ],
    });
  });

  it('refuses a root that is not a directory', async () => {
    const root = tree({ 'a.ts': '' });
    await expect(listSourceFiles(join(root, 'a.ts'), { exclude: [] })).rejects.toThrow('not a directory');
    await expect(listSourceFiles(join(root, 'nope'), { exclude: [] })).rejects.toThrow('no such directory');
  });
});
