import { describe, expect, it } from 'vitest';
import { LineHits } from '../../src/core/model/line-hits.js';

describe('LineHits', () => {
  it('reads like a Map of line → hits, iterating in line order', () => {
    const lines = new LineHits([
      [5, 0],
      [1, 3],
      [2, 0],
    ]);
    lines.set(1, 4);
    expect(lines.size).toBe(3);
    expect(lines.get(1)).toBe(4);
    expect(lines.get(3)).toBeUndefined();
    expect(lines.has(5)).toBe(true);
    expect([...lines]).toEqual([
      [1, 4],
      [2, 0],
      [5, 0],
    ]);
    expect([...lines.keys()]).toEqual([1, 2, 5]);
    expect(lines.countCovered()).toBe(1);
    expect(lines.delete(2)).toBe(true);
    expect(lines.delete(2)).toBe(false);
    expect(lines.size).toBe(2);
  });

  it('grows for dense files and falls back to a map for very sparse line numbers, with the same contents', () => {
    const dense = new LineHits();
    for (let line = 1; line <= 10_000; line++) dense.set(line, line % 2);
    expect(dense.size).toBe(10_000);
    expect(dense.countCovered()).toBe(5_000);
    const sparse = new LineHits([
      [3, 1],
      [10_000_000, 2],
    ]);
    expect(sparse.size).toBe(2);
    expect(sparse.get(10_000_000)).toBe(2);
    expect([...sparse]).toEqual([
      [3, 1],
      [10_000_000, 2],
    ]);
    expect(sparse.countCovered()).toBe(2);
  });
});
