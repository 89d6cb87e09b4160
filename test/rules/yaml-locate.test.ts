import { describe, expect, it } from 'vitest';
import { locateYamlPath } from '../../src/core/rules/yaml-locate.js';
import { suggestNearest } from '../../src/core/rules/suggest-nearest.js';

const yaml = `extends: recommended
gates:
  - id: a
    coverage: { min: 70, modules: [core, web] }
  - id: "b"
    sast:
      severity: high
? [complex, key]
: value
after: 1
`;

describe('locateYamlPath', () => {
  it('finds keys and values in block and flow style', () => {
    expect(locateYamlPath(yaml, ['extends'])).toEqual({ line: 1, column: 10 });
    expect(locateYamlPath(yaml, ['gates', 0, 'coverage', 'min'], true)).toEqual({ line: 4, column: 17 });
    expect(locateYamlPath(yaml, ['gates', 0, 'coverage', 'modules', 1])).toEqual({ line: 4, column: 42 });
    expect(locateYamlPath(yaml, ['gates', 1, 'sast', 'severity'])).toEqual({ line: 7, column: 17 });
  });

  it('keeps its place after a complex key, and falls back to the nearest known parent', () => {
    expect(locateYamlPath(yaml, ['after'], true)).toEqual({ line: 10, column: 1 });
    expect(locateYamlPath(yaml, ['gates', 1, 'sast', 'nope'])).toEqual({ line: 7, column: 7 });
  });

  it('gives nothing for text that does not parse', () => {
    expect(locateYamlPath('a: [1,', ['a'])).toBeUndefined();
  });
});

describe('suggestNearest', () => {
  it('suggests close typos only', () => {
    expect(suggestNearest('mni', ['min', 'max', 'metric'])).toBe('min');
    expect(suggestNearest('covrage', ['coverage', 'sast'])).toBe('coverage');
    expect(suggestNearest('foo', ['min', 'coverage'])).toBeNull();
  });
});
