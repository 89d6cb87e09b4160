import { describe, expect, it } from 'vitest';
import { vendoredPath } from '../../src/core/todos/vendored-path.js';

describe('vendoredPath', () => {
  it.each([
    'node_modules/',
    'web/node_modules/left-pad/index.js',
    'bower_components/x/y.js',
    'vendor/',
    'lib/Vendor/',
    'third_party/zlib/',
    'src/3rdparty/',
    'dist/',
    'packages/app/dist/index.js',
    '.yarn/releases/yarn-4.js',
    'Godeps/_workspace/src/x.go',
    'Pods/AFNetworking/x.m',
    'static/app.min.js',
    'static/app-min.css',
    'static/jquery-3.7.1.js',
    'static/jquery.js',
    'docs/_build/',
    'test/fixtures/',
    '.venv/',
  ])('vendors %s', (path) => {
    expect(vendoredPath(path)).toBe(true);
  });

  it.each([
    'src/index.ts',
    'src/types.d.ts',
    'src/vendors.ts',
    'src/vendoring/',
    'src/cache/lru.ts',
    'tools/release.mjs',
    'src/distance.ts',
    'src/admin.js',
    'test/cli/fixtures/',
    'Podfile',
  ])('keeps %s', (path) => {
    expect(vendoredPath(path)).toBe(false);
  });
});
