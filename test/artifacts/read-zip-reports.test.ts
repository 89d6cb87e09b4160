import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { readZipReports } from '../../src/core/artifacts/read-zip-reports.js';
import { DEFAULT_ZIP_LIMITS } from '../../src/core/artifacts/zip-limits.js';

const SOURCE = 'artifact reports (id 42)';
const MiB = 1024 * 1024;

const read = (bytes: Uint8Array, limits = DEFAULT_ZIP_LIMITS) => readZipReports(bytes, limits, SOURCE);

const failure = (run: () => unknown): InputError => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
};

/** 50 MiB of zeros, deflated about a thousandfold; built once, copied by each test that forges it. */
let zeros: Uint8Array | undefined;
const bomb = () => (zeros ??= zipSync({ 'bomb.xml': new Uint8Array(50 * MiB) })).slice();

/** The offset of `name`'s central directory entry, to forge its header as a hostile archive would. */
function centralEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const target = strToU8(name);
  for (let at = 0; at + 46 < zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const stored = zip.subarray(at + 46, at + 46 + length);
    if (length === target.length && stored.every((byte, index) => byte === target[index])) return at;
  }
  throw new Error(`no central entry ${name}`);
}

describe('readZipReports', () => {
  it('reads the reports in folders, with repo-relative paths, and skips the directory entries', () => {
    const zip = zipSync({
      coverage: { 'cobertura.xml': strToU8('<coverage line-rate="0.8"/>') },
      'reports/sast': { 'results.sarif': strToU8('\uFEFF{"version":"2.1.0","runs":[]}') },
      'stored.txt': [strToU8('kept as is'), { level: 0 }],
    } satisfies Zippable);

    const result = read(zip);

    expect(result.files).toEqual([
      { path: 'coverage/cobertura.xml', text: '<coverage line-rate="0.8"/>' },
      { path: 'reports/sast/results.sarif', text: '{"version":"2.1.0","runs":[]}' },
      { path: 'stored.txt', text: 'kept as is' },
    ]);
    expect(result.skipped).toEqual([
      { path: 'coverage', reason: 'a directory' },
      { path: 'reports/sast', reason: 'a directory' },
    ]);
  });

  it('skips names that would land outside the target: `..`, absolute, drive letter, backslash', () => {
    const text = strToU8('owned');
    const zip = zipSync({
      '../x': text,
      'a/../../y': text,
      '/etc/passwd': text,
      'C:\\x': text,
      'c:x': text,
      'reports\\..\\..\\z': text,
      './ok.json': strToU8('{}'),
    });

    const result = read(zip);

    expect(result.files).toEqual([{ path: 'ok.json', text: '{}' }]);
    expect(result.skipped).toEqual([
      { path: '../x', reason: 'a `..` segment (outside the archive)' },
      { path: 'a/../../y', reason: 'a `..` segment (outside the archive)' },
      { path: '/etc/passwd', reason: 'an absolute path' },
      { path: 'C:\\x', reason: 'a backslash in the name (a path separator on Windows)' },
      { path: 'c:x', reason: 'a drive-letter path' },
      { path: 'reports\\..\\..\\z', reason: 'a backslash in the name (a path separator on Windows)' },
    ]);
  });

  it('skips symbolic links, binary files and a second entry for the same path', () => {
    const zip = zipSync({
      'link.xml': [strToU8('/etc/passwd'), { os: 3, attrs: 0o120777 * 0x10000 }],
      'plain.xml': [strToU8('<a/>'), { os: 3, attrs: 0o100644 * 0x10000 }],
      'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'ok.json': strToU8('{"first":true}'),
      './ok.json': strToU8('{"second":true}'),
    });

    const result = read(zip);

    expect(result.files).toEqual([
      { path: 'plain.xml', text: '<a/>' },
      { path: 'ok.json', text: '{"first":true}' },
    ]);
    expect(result.skipped).toEqual([
      { path: 'link.xml', reason: 'a symbolic link' },
      { path: 'ok.json', reason: 'a duplicate path' },
      { path: 'logo.png', reason: 'binary (a NUL byte in the first 8 KB)' },
    ]);
  });

  it('refuses an archive with too many entries, naming the artifact and the limit', () => {
    const many: Zippable = {};
    for (let index = 0; index <= 1000; index += 1) many[`r/${index}.json`] = strToU8('{}');

    const error = failure(() => read(zipSync(many)));

    expect(error.message).toBe(
      `${SOURCE}: the archive lists 1001 entries, over the limit of 1000 (maxEntries)`,
    );
  });

  it('refuses a high-ratio entry from its declared sizes, without inflating it', () => {
    const zip = bomb();
    expect(zip.length).toBeLessThan(MiB / 10);

    const error = failure(() => read(zip));

    expect(error.message).toMatch(
      /^artifact reports \(id 42\): zip entry "bomb\.xml" expands \d+× \(50 MiB\), over the 100× limit \(maxRatio\): a zip bomb\?$/,
    );
  });

  it('refuses a header that lies about the size, stopping as soon as the output passes it', () => {
    const zip = bomb();
    // The central directory now claims 1,000 bytes: within every limit, and nowhere near a bomb's ratio.
    new DataView(zip.buffer).setUint32(centralEntry(zip, 'bomb.xml') + 24, 1000, true);

    const error = failure(() => read(zip));

    expect(error.message).toBe(
      `${SOURCE}: zip entry "bomb.xml": inflates past the 1000 bytes its header declares (a forged size); refused`,
    );
  });

  it('refuses an entry or an archive over the size limits', () => {
    const zip = zipSync({ 'a.json': strToU8('x'.repeat(3000)), 'b.json': strToU8('y'.repeat(3000)) });

    expect(failure(() => read(zip, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 2000 })).message).toBe(
      `${SOURCE}: zip entry "a.json" declares 2.9 KiB, over the 2 KiB limit per entry (maxEntryBytes)`,
    );
    expect(failure(() => read(zip, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 5000 })).message).toMatch(
      /the archive's entries declare over .* in all \(maxTotalBytes\)$/,
    );
  });

  it('an entry that inflates to less than declared, or a file that is not a zip, is an InputError', () => {
    const zip = zipSync({ 'short.xml': strToU8('<a/>'.repeat(100)) });
    new DataView(zip.buffer).setUint32(centralEntry(zip, 'short.xml') + 24, 500, true);

    expect(failure(() => read(zip)).message).toBe(
      `${SOURCE}: zip entry "short.xml": inflates to 400 bytes, its header declares 500`,
    );
    expect(failure(() => read(strToU8('<coverage/>'))).message).toBe(
      `${SOURCE}: not a readable zip archive (no end of central directory record)`,
    );
    expect(failure(() => read(zipSync({ 'a.xml': strToU8('<a/>') }).subarray(20))).message).toMatch(
      /^artifact reports \(id 42\): not a readable zip archive/,
    );
  });
});
