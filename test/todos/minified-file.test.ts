import { describe, expect, it } from 'vitest';
import { minifiedFile } from '../../src/core/todos/minified-file.js';

describe('minifiedFile', () => {
  const line = (length: number) => 'x'.repeat(length);

  it('takes a JavaScript or CSS file with an average line over 110 characters as minified (Linguist)', () => {
    const text = `${line(300)}\n${line(100)}\n`;
    expect(minifiedFile('app.js', text)).toBe(true);
    expect(minifiedFile('app.mjs', text)).toBe(true);
    expect(minifiedFile('app.CSS', text)).toBe(true);
    expect(minifiedFile('app.py', text)).toBe(false);
    expect(minifiedFile('app.js', `${line(111)}\n${line(111)}`)).toBe(true);
    expect(minifiedFile('app.js', `${line(110)}\n${line(110)}`)).toBe(false);
    expect(minifiedFile('app.js', '')).toBe(false);
  });

  it('takes any file with a line over 5,000 characters in its first 64 KB as minified', () => {
    const short = `${line(80)}\n`.repeat(100);
    expect(minifiedFile('data.py', `${short}${line(5001)}\n${short}`)).toBe(true);
    expect(minifiedFile('data.py', `${short}${line(5001)}`)).toBe(true);
    expect(minifiedFile('data.py', `${short}${line(5000)}\n${short}`)).toBe(false);
    expect(minifiedFile('data.py', `${`${line(80)}\n`.repeat(1000)}${line(6000)}\n`)).toBe(false);
  });
});
