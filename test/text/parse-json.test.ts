import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/core/text/parse-json.js';

describe('parseJson', () => {
  it('names the line and column of a syntax error', () => {
    expect(() => parseJson('{\n  "a": 1,\n}', 'r.json')).toThrow(/^r\.json:3:1: malformed JSON: /);
  });

  it('places a truncated document at its end', () => {
    expect(() => parseJson('{\n  "runs": [', 'cut.json')).toThrow(
      /^cut\.json:2:12: malformed JSON: Unexpected end of JSON input$/,
    );
  });
});
