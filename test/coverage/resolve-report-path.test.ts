import { describe, expect, it } from 'vitest';
import { parsePathMappings } from '../../src/core/coverage/paths/path-mapping.js';
import { repositoryIndex } from '../../src/core/coverage/paths/repository-index.js';
import { resolveReportPath } from '../../src/core/coverage/paths/resolve-report-path.js';
import { suggestPathMapping } from '../../src/core/coverage/paths/suggest-path-mapping.js';

const repository = repositoryIndex([
  'src/app/main.ts',
  'src/app/util.ts',
  'src/main/java/com/acme/Invoice.java',
  'services/api/handler.go',
  'lib/a.ts',
  'packages/web/lib/a.ts',
  'Program.cs',
  'src/Billing/Ledger.cs',
]);
const resolve = (path: string, options: { roots?: string[]; mappings?: string[]; goModule?: string } = {}) =>
  resolveReportPath(path, {
    repository,
    sourceRoots: options.roots ?? [],
    mappings: parsePathMappings(options.mappings ?? []),
    goModule: options.goModule ?? null,
  });

describe('resolveReportPath', () => {
  it('keeps a repo-relative path and joins source roots', () => {
    expect(resolve('src/app/main.ts')).toEqual({ resolved: true, path: 'src/app/main.ts' });
    expect(resolve('./src/app/main.ts')).toEqual({ resolved: true, path: 'src/app/main.ts' });
    expect(resolve('app/util.ts', { roots: ['/home/runner/work/x/x/src'] })).toEqual({
      resolved: true,
      path: 'src/app/util.ts',
    });
  });

  it('strips CI and container prefixes and Windows agents', () => {
    expect(resolve('/home/runner/work/app/app/src/app/main.ts').path).toBe('src/app/main.ts');
    expect(resolve('/github/workspace/services/api/handler.go').path).toBe('services/api/handler.go');
    expect(resolve('C:\\agent\\_work\\1\\s\\src\\Billing\\Ledger.cs').path).toBe('src/Billing/Ledger.cs');
    expect(resolve('file:///D:/a/repo/repo/Program.cs')).toEqual({ resolved: true, path: 'Program.cs' });
  });

  it('finds a package path under its source root (JaCoCo) and strips the Go module path', () => {
    expect(resolve('com/acme/Invoice.java')).toEqual({
      resolved: true,
      path: 'src/main/java/com/acme/Invoice.java',
    });
    expect(
      resolve('github.com/acme/shop/services/api/handler.go', { goModule: 'github.com/acme/shop' }),
    ).toEqual({
      resolved: true,
      path: 'services/api/handler.go',
    });
  });

  it('prefers the only file ending with a relative path over a shorter suffix', () => {
    expect(resolve('app/main.ts')).toEqual({ resolved: true, path: 'src/app/main.ts' });
  });

  it('leaves an ambiguous or unknown path unresolved instead of guessing', () => {
    expect(resolve('a.ts')).toEqual({
      resolved: false,
      path: 'a.ts',
      reason: 'ambiguous',
      candidates: ['lib/a.ts', 'packages/web/lib/a.ts'],
    });
    expect(resolve('/tmp/build/generated/schema.ts')).toMatchObject({ resolved: false, reason: 'not-found' });
  });

  it('applies user mappings first', () => {
    expect(resolve('/build/out/web/lib/a.ts', { mappings: ['/build/out/::packages/'] })).toEqual({
      resolved: true,
      path: 'packages/web/lib/a.ts',
    });
  });
});

describe('suggestPathMapping', () => {
  it('proposes the prefix swap that makes an unresolved path a repository file', () => {
    const repo = repositoryIndex(['src/lib/a.ts']);
    expect(suggestPathMapping(['/ci/checkout/lib/a.ts'], repo)).toBe('/ci/checkout/::src/');
    expect(suggestPathMapping(['/ci/checkout/nothing.ts'], repo)).toBeNull();
  });
});
