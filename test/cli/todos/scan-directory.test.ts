import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanDirectory } from '../../../src/cli/todos/scan-directory.js';

const options = { keywords: ['TODO', 'FIXME'], caseSensitive: true, exclude: ['**/*.snap'] };

/** Builds a working tree from `{ 'a/b.ts': content }` in a fresh temp directory. */
function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'gonogo-scan-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('scanDirectory', () => {
  it('scans the listed files and says what it left out and why', async () => {
    const root = tree({
      '.gitignore': 'out/\n',
      'src/b.ts': '// TODO: second file\nlet b = 1;\n// FIXME: later line\n',
      'src/a.py': 'x = 1\n# TODO: first file\n',
      'src/plain.ts': 'export const plain = 1;\n',
      'src/__snapshots__/a.snap': '// TODO: excluded\n',
      'out/bundle.js': '// TODO: ignored\n',
      'vendor/lib.js': '// TODO: vendored\n',
      'assets/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x54, 0x4f, 0x44, 0x4f]),
      'web/app.js': `// TODO: minified\n${'var a=1;'.repeat(40)}\n`,
      'api/user.pb.go': '// TODO: generated\n',
      'big.ts': `// TODO: too large\n${'x'.repeat(2 * 1024 * 1024)}`,
    });
    symlinkSync('..', join(root, 'src', 'loop'));
    const scan = await scanDirectory(root, options);
    expect(scan.todos.map(({ path, line, text }) => `${path}:${line} ${text}`)).toEqual([
      'src/a.py:2 first file',
      'src/b.ts:1 second file',
      'src/b.ts:3 later line',
    ]);
    expect(scan.files).toBe(4);
    expect(scan.skipped).toEqual([
      { path: 'api/user.pb.go', reason: 'generated' },
      { path: 'assets/logo.png', reason: 'binary' },
      { path: 'big.ts', reason: 'too large (2.0 MB)' },
      { path: 'src/__snapshots__/a.snap', reason: 'excluded by "**/*.snap"' },
      { path: 'src/loop', reason: 'symbolic link' },
      { path: 'vendor/', reason: 'vendored' },
      { path: 'web/app.js', reason: 'minified' },
    ]);
  });

  it('scans vendored code when asked', async () => {
    const root = tree({ 'vendor/lib.c': '/* TODO: vendored */\n' });
    const scan = await scanDirectory(root, { ...options, includeVendored: true });
    expect(scan.todos).toMatchObject([{ path: 'vendor/lib.c', line: 1, text: 'vendored' }]);
    expect(scan).toMatchObject({ files: 1, skipped: [] });
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file instead of failing', async () => {
    const root = tree({ 'a.ts': '// TODO: a\n', 'secret.ts': '// TODO: hidden\n' });
    chmodSync(join(root, 'secret.ts'), 0o000);
    const scan = await scanDirectory(root, options);
    expect(scan.todos).toMatchObject([{ path: 'a.ts' }]);
    expect(scan.skipped).toEqual([{ path: 'secret.ts', reason: 'unreadable: permission denied' }]);
  });
});
