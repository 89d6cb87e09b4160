import { describe, expect, it } from 'vitest';
import { binaryContent } from '../../src/core/todos/binary-content.js';

describe('binaryContent', () => {
  it('is binary with a NUL byte in the first 8,000 bytes, as git decides', () => {
    const text = new TextEncoder().encode('// TODO: é\n');
    expect(binaryContent(text)).toBe(false);
    expect(binaryContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    const late = new Uint8Array(8001).fill(0x61);
    late[8000] = 0;
    expect(binaryContent(late)).toBe(false);
    late[7999] = 0;
    expect(binaryContent(late)).toBe(true);
    expect(binaryContent(new Uint8Array())).toBe(false);
  });
});
