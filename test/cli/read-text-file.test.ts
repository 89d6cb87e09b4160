import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors/input-error.js';
import { MAX_TEXT_BYTES, readTextFile } from '../../src/cli/read-text-file.js';

const dir = mkdtempSync(join(tmpdir(), 'gonogo-read-'));

describe('readTextFile', () => {
  it('refuses a file over the limit before reading it, saying the size and the limit', async () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, `[${'0,'.repeat(786_432)}0]`);
    await expect(readTextFile(path, 'a SAST report', 'big.json', 1024 * 1024)).rejects.toEqual(
      new InputError('big.json', 'too large: 1.5 MB, over the 1 MB limit for a SAST report'),
    );
    await expect(readTextFile(path, 'a SAST report', 'big.json')).resolves.toHaveLength(1_572_867);
    expect(MAX_TEXT_BYTES).toBe(256 * 1024 * 1024);
  });

  it('refuses a binary file and names a missing one', async () => {
    const path = join(dir, 'binary.sarif');
    writeFileSync(path, Buffer.from([0x7b, 0x00, 0x01, 0x7d]));
    await expect(readTextFile(path, 'a SAST report', 'binary.sarif')).rejects.toThrow(
      'binary.sarif: binary file, expected a SAST report',
    );
    await expect(readTextFile(join(dir, 'nope.json'), 'a SAST report', 'nope.json')).rejects.toThrow(
      'nope.json: no such file (expected a SAST report)',
    );
  });
});
