import { fileURLToPath } from 'node:url';
import { DEFAULT_LABEL_CONVENTIONS } from '../../src/core/trackers/labels/label-conventions.js';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors/config-error.js';
import { resolveRules } from '../../src/core/rules/resolve-rules.js';
import { fileRulesLoader } from '../../src/cli/file-rules-loader.js';
import { rulesFrom } from '../support/builders.js';

const fixtures = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));
const load = (file: string) => resolveRules(file, fileRulesLoader(fixtures));
const errorOf = (file: string): string => {
  try {
    load(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`${file} loaded without error`);
};

describe('resolveRules', () => {
  it('loads a valid file over the recommended preset, applying defaults and overrides', () => {
    const rules = load('rules-valid.yml');
    expect(rules.sources).toEqual(['preset recommended', 'rules-valid.yml']);
    expect(rules.inputs).toEqual({
      coverage: ['coverage/**/cobertura.xml'],
      sast: ['reports/*.sarif'],
      trackers: [],
      githubTrackers: [],
      pathMappings: [],
      maxUnresolvedPaths: 50,
      labels: DEFAULT_LABEL_CONVENTIONS,
    });
    expect(rules.risk.slaDays).toEqual({ P0: 7, P1: 30, P2: 90, P3: 120, P4: 180 });
    const ids = rules.gates.map((gate) => gate.id);
    // Inherited gates keep their place, overrides apply in place, new gates are appended, "off" removes.
    expect(ids).toEqual([
      'coverage-overall',
      'sast-no-high',
      'sast-medium-budget',
      'no-open-p0',
      'coverage-core',
      'overdue-p1',
    ]);
    const byId = Object.fromEntries(rules.gates.map((gate) => [gate.id, gate]));
    expect(byId['coverage-overall']?.check).toMatchObject({
      kind: 'coverage',
      min: 75,
      metric: 'lines',
      scope: 'all',
    });
    expect(byId['sast-medium-budget']).toMatchObject({
      level: 'info',
      check: { kind: 'sast', limits: [{ severity: 'medium', max: 10, orWorse: true }] },
    });
    expect(byId['no-open-p0']).toMatchObject({
      ifMissing: 'skip',
      check: { priorities: ['P0'], severity: 'critical' },
    });
    expect(byId['overdue-p1']?.check).toMatchObject({
      priorities: ['P0', 'P1'],
      overdue: true,
      modules: 'critical',
      max: 0,
    });
    expect(rules.modules.core).toEqual({ paths: ['src/ingestion/**', 'src/billing/**'], critical: true });
    expect(rules.readiness).toEqual({
      minScore: 85,
      weights: { coverage: 50, security: 30, issues: 25, checklist: 15 },
    });
    expect(rules.waivers).toEqual([
      {
        gate: 'sast-no-high',
        match: 'js/sql-injection:src/db.ts',
        reason: 'parameterized by the ORM',
        owner: null,
        expires: '2026-12-31',
      },
    ]);
  });

  it('merges a chain: lists replaced, modules by name, gates by id, waivers concatenated', () => {
    const rules = load('rules-base-child.yml');
    expect(rules.sources).toEqual(['preset recommended', 'rules-valid.yml', 'rules-base-child.yml']);
    expect(rules.inputs.coverage).toEqual(['lcov.info']);
    expect(rules.inputs.sast).toEqual(['reports/*.sarif']);
    expect(rules.modules.core).toEqual({ paths: ['lib/**'], critical: false });
    expect(rules.gates.find((gate) => gate.id === 'coverage-overall')?.check).toMatchObject({
      kind: 'sast',
      limits: [{ severity: 'critical', max: 0, orWorse: true }],
    });
    expect(rules.waivers.map((waiver) => waiver.match)).toEqual(['js/sql-injection:src/db.ts', '*.test.ts']);
  });

  it('loads each shipped preset on its own', () => {
    for (const preset of ['recommended', 'mvp-plus', 'production-readiness']) {
      const rules = load(preset);
      expect(rules.sources).toEqual([`preset ${preset}`]);
      expect(rules.gates.length).toBeGreaterThan(3);
    }
  });

  it('reports invalid YAML with file, line and column', () => {
    expect(errorOf('rules-invalid-yaml.yml')).toMatch(/^rules-invalid-yaml\.yml:\d+:\d+: invalid YAML: /);
  });

  it('names an unknown key with its place and the nearest valid key', () => {
    expect(errorOf('rules-unknown-key.yml')).toBe(
      'rules-unknown-key.yml:6:7: gates[0].coverage: unknown key "mni" (did you mean "min"?)',
    );
  });

  it('names a wrong type at the value', () => {
    expect(errorOf('rules-wrong-type.yml')).toBe(
      'rules-wrong-type.yml:5:12: gates[0].sast.max: expected a count, or a limit per severity such as { high: 0, medium: 5 }',
    );
  });

  it('suggests the nearest enum value', () => {
    expect(errorOf('rules-bad-level.yml')).toBe(
      'rules-bad-level.yml:3:12: gates[0].level: expected one of block, warn, info, off (did you mean "block"?)',
    );
  });

  it('refuses an unknown preset, suggesting the nearest one', () => {
    expect(errorOf('rules-bad-extends.yml')).toMatch(
      /^rules-bad-extends\.yml:2:10: extends: unknown preset "recomended" \(did you mean "recommended"\?\)/,
    );
  });

  it('refuses a missing extends target', () => {
    expect(errorOf('rules-missing-extends-file.yml')).toBe(
      'rules-missing-extends-file.yml:1:10: extends: nowhere/base.yml: no such file',
    );
  });

  it('refuses a cycle and shows it', () => {
    expect(errorOf('rules-cycle-a.yml')).toBe(
      'rules-cycle-b.yml:1:24: extends cycle: rules-cycle-a.yml → rules-cycle-b.yml → rules-cycle-a.yml',
    );
  });

  it('refuses an unknown module reference, suggesting the nearest', () => {
    expect(errorOf('rules-unknown-module.yml')).toBe(
      'rules-unknown-module.yml:5:36: gate coverage-core: unknown module "cor" (did you mean "core"?)',
    );
  });

  it('refuses two checks in one gate, duplicate ids, and overrides of nothing', () => {
    expect(errorOf('rules-two-checks.yml')).toMatch(
      /^rules-two-checks\.yml:4:5: gates\[0\] \(mixed\): one check per gate/,
    );
    expect(errorOf('rules-duplicate-id.yml')).toBe(
      'rules-duplicate-id.yml:4:5: gates[1]: duplicate gate id "same"',
    );
    expect(errorOf('rules-override-without-parent.yml')).toMatch(
      /^rules-override-without-parent\.yml:3:9: gate not-inherited: no check and no inherited gate of that id/,
    );
  });

  it('refuses an empty file, a non-mapping, a missing file and a directory', () => {
    expect(errorOf('rules-empty.yml')).toBe(
      'rules-empty.yml: empty rules file (start with "extends: recommended")',
    );
    expect(errorOf('rules-list.yml')).toMatch(/^rules-list\.yml:1:1: expected a mapping/);
    expect(errorOf('no-such-rules.yml')).toBe('no-such-rules.yml: no such file');
    expect(errorOf('../../rules')).toBe('../../rules: is a directory, expected a rules file');
  });
});

describe('label conventions and risk settings', () => {
  it('tries the rules file’s label patterns before the defaults, and merges SLA days over the defaults', () => {
    const rules = rulesFrom(
      'inputs:\n  labels:\n    priority: ["^urgence-(\\\\d)$"]\nrisk:\n  sla-days: { P1: 14 }\ngates: []\n',
    );
    expect(rules.inputs.labels.priority[0]?.source).toBe('^urgence-(\\d)$');
    expect(rules.inputs.labels.priority.slice(1)).toEqual(DEFAULT_LABEL_CONVENTIONS.priority);
    expect(rules.risk.slaDays).toEqual({ P0: 7, P1: 14, P2: 90, P3: 120, P4: 180 });
  });

  it('refuses a label pattern that is not a regular expression, with its place', () => {
    expect(() => rulesFrom('inputs:\n  labels:\n    module: ["area/(.+"]\ngates: []\n')).toThrow(
      /:3:15: inputs\.labels\.module\[0\]: invalid regular expression: Unterminated group$/,
    );
  });
});

describe('tracker entries', () => {
  it('reads globs, file: entries and github: entries with their own label patterns first', () => {
    const rules = rulesFrom(`inputs:
  trackers:
    - docs/READY.md
    - file: [exports/*.csv]
    - github: { repo: acme/shop, priority-labels: "^prio-(\\\\d)$", module-labels: ["^team:(.+)$"] }
gates: []
`);
    expect(rules.inputs.trackers).toEqual(['docs/READY.md', 'exports/*.csv']);
    expect(rules.inputs.githubTrackers).toHaveLength(1);
    const [github] = rules.inputs.githubTrackers;
    expect(github).toMatchObject({ repo: 'acme/shop', state: 'all' });
    expect(github?.labels.priority[0]?.source).toBe('^prio-(\\d)$');
    expect(github?.labels.module[0]?.source).toBe('^team:(.+)$');
    expect(github?.labels.priority.slice(1)).toEqual(DEFAULT_LABEL_CONVENTIONS.priority);
  });

  it('refuses a github entry with a repository that is not owner/name, with its place', () => {
    expect(() => rulesFrom('inputs:\n  trackers:\n    - github: { repo: acme }\ngates: []\n')).toThrow(
      /rules\.yml:3:23: inputs\.trackers\[0\]\.github\.repo: expected owner\/name/,
    );
  });
});

describe('github: tracker label patterns', () => {
  it('refuses one that is not a regular expression, with its place', () => {
    expect(() =>
      rulesFrom('inputs:\n  trackers:\n    - github: { priority-labels: ["P(" ] }\ngates: []\n'),
    ).toThrow(
      /^rules\.yml:3:\d+: inputs\.trackers\[0\]\.github\.priority-labels\[0\]: invalid regular expression: Unterminated group$/,
    );
  });
});
